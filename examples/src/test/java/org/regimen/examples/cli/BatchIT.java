package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code regimen batch}: the shaded jar over a small JSON Lines file of mixed valid and invalid lines. */
class BatchIT {
  private static final Path MIXED = CliProcess.REQUESTS.resolve("batch/mixed.jsonl");

  @Test
  void answersEveryLineInOrderAndExitsOneWhenAnyLineFailed() throws IOException {
    CliProcess.Result result = CliProcess.run("batch", MIXED.toString());

    assertThat(result.err()).as("standard error").isEmpty();
    assertThat(result.exitCode()).as("exit status; stdout:%n%s", result.out()).isEqualTo(1);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(7); // 7 lines, one blank: each is answered
    assertThat(lines.get(0)).startsWith("{\"id\":\"example-prp-stretch-marks\",\"line\":1,\"treatment\":{\"id\":\"prp\"");
    assertThat(lines.get(1)).startsWith("{\"line\":2,\"errors\":[{\"path\":\"$\"").contains("blank line");
    assertThat(lines.get(2)).startsWith("{\"line\":3,\"errors\":[{\"path\":\"$\"")
        .contains("is not valid JSON");
    assertThat(lines.get(3)).startsWith("{\"id\":\"batch-bad-enum\",\"line\":4,\"errors\":[{\"path\":\"areas[1]\"");
    assertThat(lines.get(4)).startsWith("{\"id\":\"batch-comparison\",\"line\":5,").contains("\"options\":[");
    assertThat(lines.get(5)).startsWith("{\"id\":\"batch-severe\",\"line\":6,\"treatment\":{\"id\":\"prp\"");
    assertThat(lines.get(6)).startsWith("{\"id\":\"batch-unknown-treatment\",\"line\":7,\"errors\":[{\"path\":\"treatment\"");

    // The same plan as the single-request command prints for that request alone, line apart.
    Path single = Files.createTempFile("regimen-batch-line", ".json");
    try {
      Files.writeString(single, Files.readAllLines(MIXED, StandardCharsets.UTF_8).get(0));
      assertThat(lines.get(0).replace("\"line\":1,", ""))
          .isEqualTo(CliProcess.run("plan", "--json", single.toString()).out().strip());
    } finally {
      Files.delete(single);
    }
  }

  @Test
  void okOnErrorsKeepsExitStatusZero() {
    CliProcess.Result result = CliProcess.run("batch", "--ok-on-errors", MIXED.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(7);
  }

  @Test
  void helpDocumentsTheExitStatus() {
    CliProcess.Result result = CliProcess.run("batch", "--help");

    assertThat(result.out()).contains("Exit status", "--ok-on-errors", "SIGTERM");
  }

  @Test
  void readsStandardInputWhenNoFileIsGiven() {
    CliProcess.Result fromFile = CliProcess.run("batch", MIXED.toString());
    CliProcess.Result fromStdin = CliProcess.run(MIXED, "batch");

    assertThat(fromStdin.exitCode()).isEqualTo(1);
    assertThat(fromStdin.out()).isEqualTo(fromFile.out());
  }

  @Test
  void missingFileIsExitStatusTwoWithErrorJson() {
    CliProcess.Result result = CliProcess.run("batch", MIXED.resolveSibling("no-such.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEmpty();
    assertThat(result.out().strip())
        .isEqualTo("{\"errors\":[{\"path\":\"$\",\"message\":\"the requests file does not exist\"}]}");
  }
}
