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
  Sourced<Integer> minDays();

  Sourced<Integer> preferredDays();

  Sourced<Integer> maxDays();

  static ImmutableInterval.Builder builder() {
    return ImmutableInterval.builder();
  }
}
