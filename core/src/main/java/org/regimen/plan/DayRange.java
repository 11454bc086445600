package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A whole number of days between {@code min} and {@code max}, both included.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface DayRange {
  @Value.Parameter
  @Value.Redacted
  int min();

  @Value.Parameter
  @Value.Redacted
  int max();

  static DayRange of(int min, int max) {
    return ImmutableDayRange.of(min, max);
  }

  @Value.Check
  default void check() {
    if (min() < 0) {
      throw new IllegalArgumentException("min: must be at least 0");
    }
    if (max() < min()) {
      throw new IllegalArgumentException("max: must be at least min");
    }
  }
}
