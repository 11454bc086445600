package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Days between the starts of two consecutive sessions. The scheduler aims for {@code preferred},
 * never goes below {@code min}, and goes above {@code max} only when a constraint forces it (and
 * says so in the plan's adjustments).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Interval {
  /** {@return the fewest days between the starts of two sessions; never gone below} */
  Sourced<Integer> minDays();

  /** {@return the days between the starts of two sessions the scheduler aims for} */
  Sourced<Integer> preferredDays();

  /**
   * {@return the most days between the starts of two sessions; exceeded only when a constraint
   * forces it}
   */
  Sourced<Integer> maxDays();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableInterval.Builder builder() {
    return ImmutableInterval.builder();
  }
}
