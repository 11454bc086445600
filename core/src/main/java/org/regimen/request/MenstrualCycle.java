package org.regimen.request;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/**
 * Cycle data from which period days are predicted: periods start every {@code cycleDays} from
 * {@code lastStart} and last {@code periodDays}. Predictions only: sessions near them carry "confirm
 * on the day".
 */
@Value.Immutable
@RegimenStyle
public interface MenstrualCycle {
  int MIN_CYCLE_DAYS = 15;
  int MAX_CYCLE_DAYS = 60;
  int MIN_PERIOD_DAYS = 1;
  int MAX_PERIOD_DAYS = 14;

  @Value.Redacted
  LocalDate lastStart();

  @Value.Redacted
  int cycleDays();

  @Value.Redacted
  int periodDays();

  static ImmutableMenstrualCycle.Builder builder() {
    return ImmutableMenstrualCycle.builder();
  }
}
