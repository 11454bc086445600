package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.json.RegimenJson;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Cost;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Currency;

/**
 * The built command-line jar on the mesotherapy samples (issue 4, "Done means"): the module is
 * listed; white marks get a weekly course of about 6 months with a cost range and the breast left
 * out; red marks a course of 8 to 10 weeks.
 */
class MesotherapyCliIT {
  private static final Path WHITE = CliProcess.REQUESTS.resolve("mesotherapy-white-marks.json");
  private static final Path RED = CliProcess.REQUESTS.resolve("mesotherapy-red-marks.json");
  private static final RegimenJson JSON = RegimenJson.create();

  @Test
  void treatmentsListsMesotherapy() {
    CliProcess.Result result = CliProcess.run("treatments");

    assertSucceeded(result);
    assertThat(result.out()).containsPattern("(?m)^mesotherapy\\s+\\S.*\\s\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void whiteMarksGetAWeeklySixMonthCourseWithACostRangeAndTheBreastLeftOut() {
    TreatmentPlan plan = planJson(WHITE);

    assertThat(plan.treatment()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("mesotherapy"));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.eligibility().excludedAreas()).containsExactly(ExcludedArea.of(BodyArea.BREASTS, "EXCLUDED_AREA"));
    assertThat(plan.sessions()).hasSize(26)
        .allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN, BodyArea.THIGHS));
    List<LocalDate> dates = plan.sessions().stream().map(Session::date).toList();
    for (int i = 1; i < dates.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i))).isGreaterThanOrEqualTo(7);
    }
    // The clinic's closed dates and the patient's fortnight away are respected and reported.
    assertThat(dates).doesNotContain(LocalDate.parse("2027-03-29"), LocalDate.parse("2027-04-05"));
    assertThat(dates).noneMatch(d -> !d.isBefore(LocalDate.parse("2027-05-03")) && !d.isAfter(LocalDate.parse("2027-05-16")));
    assertThat(plan.adjustments()).anyMatch(a -> a.reason() == AdjustmentReason.SKIPPED_WEEK);
    assertThat(ChronoUnit.MONTHS.between(dates.get(0), dates.get(25))).isBetween(5L, 7L);
    assertThat(plan.cost()).contains(Cost.of(Currency.EUR, 2600, 3900));
  }

  @Test
  void redMarksGetACourseOfEightToTenWeeksPricedInDollars() {
    TreatmentPlan plan = planJson(RED);

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.sessions()).hasSize(10)
        .allSatisfy(s -> assertThat(s.date().getDayOfWeek()).isNotIn(DayOfWeek.SUNDAY, DayOfWeek.MONDAY));
    LocalDate first = plan.sessions().get(0).date();
    LocalDate last = plan.sessions().get(9).date();
    assertThat(ChronoUnit.DAYS.between(first, last) + 1).isBetween(56L, 70L);
    assertThat(plan.results()).extracting(r -> r.phase()).containsExactly(ResultPhase.ONSET, ResultPhase.OPTIMAL);
    assertThat(plan.cost()).contains(Cost.of(Currency.USD, 1200, 1800));
  }

  @Test
  void theTablePrintsTheExcludedBreastAndTheCost() {
    CliProcess.Result result = CliProcess.run("plan", WHITE.toString());

    assertSucceeded(result);
    assertThat(result.out())
        .contains("mesotherapy", "EXCLUDED_AREA", "BREASTS", "MICRO_INJECTION", "SKIPPED_WEEK")
        .contains("EUR 2600-3900")
        .contains("practitioner's choice");
  }

  private static TreatmentPlan planJson(Path request) {
    CliProcess.Result result = CliProcess.run("plan", "--json", request.toString());
    assertSucceeded(result);
    return JSON.readPlan(result.out());
  }

  private static void assertSucceeded(CliProcess.Result result) {
    assertThat(result.err()).as("standard error").isEmpty();
    assertThat(result.exitCode()).as("exit status; stdout:%n%s", result.out()).isZero();
  }
}
