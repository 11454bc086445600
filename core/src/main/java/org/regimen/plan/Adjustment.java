package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * What the scheduler changed for one session, and why.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Adjustment {
  @Value.Parameter
  @Value.Redacted
  int session();

  @Value.Parameter
  @Value.Redacted
  AdjustmentReason reason();

  @Value.Parameter
  @Value.Redacted
  String text();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  static Adjustment of(int session, AdjustmentReason reason, String text) {
    return ImmutableAdjustment.of(session, reason, text);
  }
}
