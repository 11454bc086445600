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
  /** {@return the fewest days; at least 0} */
  @Value.Parameter
  @Value.Redacted
  int min();

  /** {@return the most days; at least {@link #min()}} */
  @Value.Parameter
  @Value.Redacted
  int max();

  /**
   * {@return the range from {@code min} to {@code max} days}
   *
   * @param min the fewest days, at least 0
   * @param max the most days, at least {@code min}
   * @throws IllegalArgumentException if {@code min} is negative or {@code max} is below it
   */
  static DayRange of(int min, int max) {
    return ImmutableDayRange.of(min, max);
  }

  /**
   * Immutables' check, run by every builder and factory.
   *
   * @throws IllegalArgumentException if {@code min} is negative or {@code max} is below it
   */
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
