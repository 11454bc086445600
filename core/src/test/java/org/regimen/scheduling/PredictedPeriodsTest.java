package org.regimen.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.request.MenstrualCycle;

class PredictedPeriodsTest {
  private final MenstrualCycle cycle =
      MenstrualCycle.builder().lastStart(LocalDate.of(2027, 1, 3)).cycleDays(28).periodDays(5).build();

  @Test
  void predictsEveryPeriodInTheRangeIncludingOneStillGoingOn() {
    DateRange within = DateRange.ofClosed(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2));

    assertThat(PredictedPeriods.within(cycle, within))
        .containsExactly(
            LocalDate.of(2027, 1, 5),
            LocalDate.of(2027, 1, 6),
            LocalDate.of(2027, 1, 7),
            LocalDate.of(2027, 1, 31),
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 2, 2));
  }

  @Test
  void skipsWholeCyclesBeforeTheRange() {
    DateRange within = DateRange.ofClosed(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 31));

    // 2027-01-03 + 13 * 28 days = 2028-01-02.
    assertThat(PredictedPeriods.within(cycle, within))
        .containsExactly(
            LocalDate.of(2028, 1, 2),
            LocalDate.of(2028, 1, 3),
            LocalDate.of(2028, 1, 4),
            LocalDate.of(2028, 1, 5),
            LocalDate.of(2028, 1, 6),
            LocalDate.of(2028, 1, 30),
            LocalDate.of(2028, 1, 31));
  }
}
