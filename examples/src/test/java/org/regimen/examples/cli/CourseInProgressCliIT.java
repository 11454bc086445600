package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regimen.json.RegimenJson;
import org.regimen.plan.PastSessionStatus;
import org.regimen.plan.TreatmentPlan;

/**
 * The built command-line jar on a course in progress (issue 13): red marks, three weekly sessions
 * counted, one too soon, then a break of more than three months. The table shows the sessions
 * already given above the ones that remain; the handout says what is left.
 */
class CourseInProgressCliIT {
  private static final Path REQUEST = CliProcess.REQUESTS.resolve("mesotherapy-course-in-progress.json");

  @Test
  void theJsonJudgesEachPastSessionAndPlansWhatRemains() {
    CliProcess.Result result = CliProcess.run("plan", "--json", REQUEST.toString());
    assertThat(result.exitCode()).as("exit status; stderr:%n%s", result.err()).isZero();

    TreatmentPlan plan = RegimenJson.create().readPlan(result.out());

    assertThat(plan.history()).extracting(e -> e.status()).containsExactly(
        PastSessionStatus.COUNTED, PastSessionStatus.COUNTED, PastSessionStatus.TOO_SOON,
        PastSessionStatus.COUNTED, PastSessionStatus.AFTER_LONG_BREAK);
    // Red marks: 10 weekly sessions, 4 counted, 6 remain numbered 5 to 10, tentative until the
    // marks are reassessed after the break.
    assertThat(plan.sessions()).hasSize(6).allMatch(s -> s.tentative());
    assertThat(plan.sessions().get(0).number()).isEqualTo(5);
    assertThat(plan.eligibility().findings()).extracting(f -> f.code())
        .contains("LONG_BREAK_IN_COURSE", "SEVERE_BRUISING_AFTER_SESSION", "PARTIAL_RESPONSE");
  }

  @Test
  void theTableShowsTheHistoryAboveTheSessionsAndTheHandoutWhatIsLeft(@TempDir Path dir) throws Exception {
    Path handout = dir.resolve("handout.md");
    CliProcess.Result result = CliProcess.run("plan", "--handout", handout.toString(), REQUEST.toString());
    assertThat(result.exitCode()).as("exit status; stderr:%n%s", result.err()).isZero();

    String out = result.out();
    assertThat(out).contains("Sessions already given", "TOO_SOON", "AFTER_LONG_BREAK");
    assertThat(out.indexOf("Sessions already given")).isLessThan(out.indexOf("\nSessions\n"));
    assertThat(Files.readString(handout))
        .contains("## What is left")
        .contains("Sessions you have had that count towards this course: 4.")
        .contains("Sessions still to come: 6");
  }
}
