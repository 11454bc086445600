package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;

/** The built jar's {@code compare} and {@code plan --handout}, run as a user runs them. */
class ConsultationIT {
  private static final Path SAMPLE = CliProcess.REQUESTS.resolve("prp-stretch-marks.json");

  @Test
  void compareShowsEveryInstalledOptionSideBySide() {
    CliProcess.Result result = CliProcess.run("compare", SAMPLE.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Indication  STRETCH_MARKS", "Options")
        .containsPattern("(?m)^\\s+(\\S.*)?\\bprp\\b")
        .containsPattern("(?m)^\\s+eligibility\\s+ELIGIBLE")
        .containsPattern("(?m)^\\s+sessions\\s+\\d+")
        .containsPattern("(?m)^\\s+course \\(days\\)\\s+\\d+")
        .containsPattern("(?m)^\\s+downtime \\(days\\)\\s+\\d+")
        .containsPattern("(?m)^\\s+results\\s+ONSET")
        .containsPattern("(?m)^\\s+risks\\s+[A-Z_]+")
        .contains("not planned by Regimen");
  }

  @Test
  void compareJsonPrintsAComparisonThatParses() {
    CliProcess.Result result = CliProcess.run("compare", "--json", SAMPLE.toString());

    assertThat(result.exitCode()).isZero();
    Comparison comparison = RegimenJson.create().readComparison(result.out());
    assertThat(comparison.options()).extracting(o -> o.treatment().id()).contains("prp");
    assertThat(comparison.alternatives()).allSatisfy(a -> assertThat(a.planned()).isFalse());
  }

  @Test
  void planWritesThePatientsHandout(@TempDir Path dir) throws IOException {
    Path handout = dir.resolve("handout.md");
    CliProcess.Result result = CliProcess.run("plan", "--handout", handout.toString(), SAMPLE.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Sessions");
    String text = Files.readString(handout, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("# Your treatment plan: ")
        .contains("### Session 1: ", "## Possible side effects", "## Whom to call")
        .contains("call Example Skin Clinic on +44 20 7946 0000.")
        .doesNotContain("STRETCH_MARKS", "ELIGIBLE", "BRUISING", "ABDOMEN", "prp");
  }

  @Test
  void anUnwritableHandoutFailsWithoutAPlan(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-dir").resolve("handout.md");
    CliProcess.Result result = CliProcess.run("plan", "--handout", missing.toString(), SAMPLE.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().strip())
        .isEqualTo(
            "regimen: cannot write the handout file '" + missing + "': the folder '"
                + missing.getParent().toAbsolutePath() + "' does not exist");
  }
}
