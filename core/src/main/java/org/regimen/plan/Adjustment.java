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
  /** {@return the number of the session that was moved} */
  @Value.Parameter
  @Value.Redacted
  int session();

  /** {@return why it was moved} */
  @Value.Parameter
  @Value.Redacted
  AdjustmentReason reason();

  /** {@return what was changed, in plain words for the practitioner} */
  @Value.Parameter
  @Value.Redacted
  String text();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return an adjustment of one session}
   *
   * @param session the number of the session moved
   * @param reason why it was moved
   * @param text what was changed, in plain words
   */
  static Adjustment of(int session, AdjustmentReason reason, String text) {
    return ImmutableAdjustment.of(session, reason, text);
  }
}
