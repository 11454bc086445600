package org.regimen.plan;

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

  static Adjustment of(int session, AdjustmentReason reason, String text) {
    return ImmutableAdjustment.of(session, reason, text);
  }
}
