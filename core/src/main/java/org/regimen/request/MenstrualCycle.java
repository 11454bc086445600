package org.regimen.request;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The patient's menstrual cycle. For a {@link CyclePattern#REGULAR} cycle (the default) periods
 * start every {@code cycleDays} from {@code lastStart} and last {@code periodDays}: predictions
 * only, so sessions near them carry "confirm on the day". An {@link CyclePattern#IRREGULAR} cycle
 * is confirmed on the day of each session without predictions; {@link CyclePattern#NONE} has
 * nothing to predict or confirm and takes none of the three values.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface MenstrualCycle {
  int MIN_CYCLE_DAYS = 15;
  int MAX_CYCLE_DAYS = 60;
  int MIN_PERIOD_DAYS = 1;
  int MAX_PERIOD_DAYS = 14;

  /** Absent: {@link CyclePattern#REGULAR}. */
  @Value.Redacted
  Optional<CyclePattern> cycle();

  /** Required for a regular cycle; optional for an irregular one; absent for none. */
  @Value.Redacted
  Optional<LocalDate> lastStart();

  @Value.Redacted
  Optional<Integer> cycleDays();

  @Value.Redacted
  Optional<Integer> periodDays();

  /** The pattern screening judges: the recorded one, REGULAR when none is recorded. */
  default CyclePattern pattern() {
    return cycle().orElse(CyclePattern.REGULAR);
  }

  /** True when period days can be predicted: a regular cycle with its three values. */
  default boolean predictable() {
    return pattern() == CyclePattern.REGULAR
        && lastStart().isPresent()
        && cycleDays().isPresent()
        && periodDays().isPresent();
  }

  static ImmutableMenstrualCycle.Builder builder() {
    return ImmutableMenstrualCycle.builder();
  }
}
