package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** What the scheduler changed for one session, and why. */
@Value.Immutable
@RegimenStyle
public interface Adjustment {
  @Value.Parameter
  int session();

  @Value.Parameter
  AdjustmentReason reason();

  @Value.Parameter
  String text();

  /** Module id of the treatment this belongs to, only in a combined plan. */
  Optional<String> treatment();

  static Adjustment of(int session, AdjustmentReason reason, String text) {
    return ImmutableAdjustment.of(session, reason, text);
  }
}
