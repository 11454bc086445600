package org.regimen.examples.cli;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.regimen.json.RegimenJson;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.VisitKind;

/**
 * The built command-line jar on the plasma therapy sample: a patient with an antibiotic course to
 * 2027-01-27, a 28-day cycle from 2027-01-01 and no laboratory tests on file (issue 5, "Done means").
 */
class PlasmaCliIT {
  private static final Path SAMPLE = CliProcess.REQUESTS.resolve("plasma-antibiotics-cycle-missing-tests.json");
  private static final LocalDate COURSE_LAST_DAY = LocalDate.parse("2027-01-27");
  private static final LocalDate CLOSED_DATE = LocalDate.parse("2027-02-15");

  @Test
  void treatmentsListsThePlasmaModule() {
    CliProcess.Result result = CliProcess.run("treatments");

    assertSucceeded(result);
    assertThat(result.out()).containsPattern("(?m)^plasma\\s+\\S.*\\s\\d+\\.\\d+");
  }

  @Test
  void planJsonIsDeferredWithTheTestsToOrderAfterTheCourseAndOffPeriodDays() {
    CliProcess.Result result = CliProcess.run("plan", "--json", SAMPLE.toString());

    assertSucceeded(result);
    TreatmentPlan plan = RegimenJson.create().readPlan(result.out());
    assertThat(plan.treatment()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("plasma"));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.eligibility().requiredTests()).hasSize(5);
    assertThat(plan.visits()).extracting(v -> v.kind()).containsExactly(VisitKind.CONSULTATION);
    assertThat(plan.sessions()).isNotEmpty();
    assertThat(plan.sessions().get(0).date()).isAfter(COURSE_LAST_DAY);
    assertThat(plan.sessions())
        .extracting(Session::date)
        .doesNotContain(CLOSED_DATE)
        .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(SATURDAY, SUNDAY))
        .allSatisfy(d -> assertThat(periodDay(d)).as("%s is a predicted period day", d).isFalse());
    assertThat(plan.sessions())
        .allSatisfy(s -> {
          assertThat(s.timeOfDay()).isEqualTo(TimeOfDay.MORNING);
          assertThat(s.fastingHours()).contains(8);
          assertThat(s.tentative()).isTrue();
        });
    assertThat(plan.risks()).anyMatch(r -> r.code().equals("PIGMENT_SPOTS"));
  }

  @Test
  void planTablePrintsTheStatusAndTheTestsToOrder() {
    CliProcess.Result result = CliProcess.run("plan", SAMPLE.toString());

    assertSucceeded(result);
    assertThat(result.out()).contains("plasma", "DEFERRED", "HIV", "SYPHILIS", "ANTIBIOTIC_COURSE");
  }

  /** The sample's predicted periods: 5 days from 2027-01-01, every 28 days. */
  private static boolean periodDay(LocalDate day) {
    return Math.floorMod(ChronoUnit.DAYS.between(LocalDate.parse("2027-01-01"), day), 28) < 5;
  }

  private static void assertSucceeded(CliProcess.Result result) {
    assertThat(result.err()).as("standard error").isEmpty();
    assertThat(result.exitCode()).as("exit status; stdout:%n%s", result.out()).isZero();
  }
}
