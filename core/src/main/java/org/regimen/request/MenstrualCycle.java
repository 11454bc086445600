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
  /** The shortest cycle accepted, in days. */
  int MIN_CYCLE_DAYS = 15;
  /** The longest cycle accepted, in days. */
  int MAX_CYCLE_DAYS = 60;
  /** The shortest period accepted, in days. */
  int MIN_PERIOD_DAYS = 1;
  /** The longest period accepted, in days. */
  int MAX_PERIOD_DAYS = 14;

  /** {@return the cycle's pattern; absent means {@link CyclePattern#REGULAR}} */
  @Value.Redacted
  Optional<CyclePattern> cycle();

  /**
   * {@return the first day of the latest period: required for a regular cycle, optional for an
   * irregular one, absent for none}
   */
  @Value.Redacted
  Optional<LocalDate> lastStart();

  /**
   * {@return days from the start of one period to the start of the next ({@value #MIN_CYCLE_DAYS}
   * to {@value #MAX_CYCLE_DAYS}); required for a regular cycle}
   */
  @Value.Redacted
  Optional<Integer> cycleDays();

  /**
   * {@return how many days a period lasts ({@value #MIN_PERIOD_DAYS} to {@value #MAX_PERIOD_DAYS});
   * required for a regular cycle}
   */
  @Value.Redacted
  Optional<Integer> periodDays();

  /** {@return the pattern screening judges: the recorded one, REGULAR when none is recorded} */
  default CyclePattern pattern() {
    return cycle().orElse(CyclePattern.REGULAR);
  }

  /** {@return true when period days can be predicted: a regular cycle with its three values} */
  default boolean predictable() {
    return pattern() == CyclePattern.REGULAR
        && lastStart().isPresent()
        && cycleDays().isPresent()
        && periodDays().isPresent();
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableMenstrualCycle.Builder builder() {
    return ImmutableMenstrualCycle.builder();
  }
}
