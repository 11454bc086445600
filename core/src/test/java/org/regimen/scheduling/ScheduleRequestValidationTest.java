package org.regimen.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;

class ScheduleRequestValidationTest {

  @Test
  void listsEveryProblemByFieldWithoutTheValues() {
    InvalidRequestException rejected =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                ScheduleRequest.builder()
                    .sessionCount(0)
                    .minGapDays(0)
                    .preferredGapDays(-3)
                    .maxGapDays(-4)
                    .eventClearanceDays(-1)
                    .horizonDays(99_999)
                    .firstAllowedDay(LocalDate.of(2027, 1, 11))
                    .build());

    assertThat(rejected.problems())
        .extracting(Problem::path)
        .containsExactly(
            "sessionCount",
            "minGapDays",
            "preferredGapDays",
            "maxGapDays",
            "eventClearanceDays",
            "horizonDays");
    assertThat(rejected.getMessage()).doesNotContain("99999", "-3", "-4");
  }

  @Test
  void neverPrintsPredictedPeriodDays() {
    ScheduleRequest request =
        ScheduleRequest.builder()
            .sessionCount(1)
            .minGapDays(7)
            .preferredGapDays(7)
            .maxGapDays(7)
            .firstAllowedDay(LocalDate.of(2027, 1, 11))
            .addPredictedPeriods(DateRange.ofDay(LocalDate.of(2027, 2, 3)))
            .build();

    assertThat(request.toString()).doesNotContain("2027-02-03").contains("<redacted>");
  }
}
