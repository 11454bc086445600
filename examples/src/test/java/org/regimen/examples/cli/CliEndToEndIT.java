package org.regimen.examples.cli;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/** The built command-line jar, run as a user runs it, on the valid sample request. */
class CliEndToEndIT {
  private static final Path SAMPLE = CliProcess.REQUESTS.resolve("prp-stretch-marks.json");
  private static final LocalDate CLOSED_DATE = LocalDate.parse("2027-02-08");
  /** A row of the sessions table: number, date, weekday. */
  private static final Pattern SESSION_ROW =
      Pattern.compile("(?m)^\\s+(\\d+)\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s");

  @Test
  void treatmentsListsThePrpModule() {
    CliProcess.Result result = CliProcess.run("treatments");

    assertSucceeded(result);
    assertThat(result.out()).containsPattern("(?m)^prp\\s+\\S.*\\s\\d+\\.\\d+");
  }

  @Test
  void planPrintsDatedSessionsDowntimeResultWindowsAndRisks() {
    CliProcess.Result result = CliProcess.run("plan", SAMPLE.toString());

    assertSucceeded(result);
    assertThat(result.out())
        .contains("Treatment", "prp", "STRETCH_MARKS", "Status")
        .contains("Sessions", "DOWNTIME", "Results", "ONSET", "Risks")
        .containsPattern("(COMMON|UNCOMMON|RARE)")
        .containsPattern("\\d{4}-\\d{2}-\\d{2} \\w{3} \\.\\. \\d{4}-\\d{2}-\\d{2} \\w{3}");
    List<LocalDate> dates = sessionDates(result.out());
    assertThat(dates).isNotEmpty().isSorted().doesNotContain(CLOSED_DATE);
    assertThat(dates)
        .allSatisfy(date -> assertThat(date.getDayOfWeek()).isNotIn(SATURDAY, SUNDAY))
        .allSatisfy(date -> assertThat(date).isAfterOrEqualTo(LocalDate.parse("2027-01-11")));
  }

  @Test
  void planJsonPrintsAPlanThatParsesAndHasSessions() {
    CliProcess.Result result = CliProcess.run("plan", "--json", SAMPLE.toString());

    assertSucceeded(result);
    TreatmentPlan plan = RegimenJson.create().readPlan(result.out());
    assertThat(plan.treatment()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("prp"));
    assertThat(plan.id()).hasValue("example-prp-stretch-marks");
    assertThat(plan.sessions()).isNotEmpty();
    assertThat(plan.sessions()).extracting(Session::date).doesNotContain(CLOSED_DATE);
    assertThat(plan.results()).isNotEmpty();
    assertThat(plan.risks()).isNotEmpty();
  }

  @Test
  void planReadsTheRequestFromStandardInput() {
    CliProcess.Result fromFile = CliProcess.run("plan", "--json", SAMPLE.toString());
    CliProcess.Result fromStdin = CliProcess.run(SAMPLE, "plan", "--json");
    CliProcess.Result fromDash = CliProcess.run(SAMPLE, "plan", "--json", "-");

    assertSucceeded(fromStdin);
    assertSucceeded(fromDash);
    assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    assertThat(fromDash.out()).isEqualTo(fromFile.out());
  }

  @Test
  void helpListsTheSubcommands() {
    CliProcess.Result result = CliProcess.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("treatments", "plan");
  }

  @Test
  void planCombinesEachTreatmentWithItsOwnIndicationAndAreas() {
    CliProcess.Result result =
        CliProcess.run("plan", CliProcess.REQUESTS.resolve("combination-prp-face-mesotherapy-hips.json").toString());

    assertSucceeded(result);
    assertThat(result.out())
        .contains("Treatments")
        .contains("(prp, protocol ")
        .contains(" for SKIN_LAXITY on FACE")
        .contains(" for STRETCH_MARKS on HIPS");
  }

  private static void assertSucceeded(CliProcess.Result result) {
    assertThat(result.err()).as("standard error").isEmpty();
    assertThat(result.exitCode()).as("exit status; stdout:%n%s", result.out()).isZero();
  }

  private static List<LocalDate> sessionDates(String table) {
    String sessions = table.substring(table.indexOf("Sessions"), table.indexOf("\nResults"));
    Matcher row = SESSION_ROW.matcher(sessions);
    List<LocalDate> dates = new ArrayList<>();
    while (row.find()) {
      LocalDate date = LocalDate.parse(row.group(2));
      assertThat(row.group(3))
          .isEqualTo(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      dates.add(date);
    }
    return dates;
  }
}
