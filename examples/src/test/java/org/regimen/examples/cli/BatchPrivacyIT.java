package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.testing.MarkerMutations;

/**
 * Issue 15, "Nothing echoed", through the command-line tool: a marker in every key position and in
 * place of every value of a request, each copy a line of one batch and a few also given to {@code
 * plan}, shows neither on standard output nor on standard error.
 */
class BatchPrivacyIT {
  @Test
  void noMarkerOnStandardOutputOrStandardError() throws Exception {
    String request = Files.readAllLines(CliProcess.REQUESTS.resolve("batch/mixed.jsonl"), StandardCharsets.UTF_8).get(0);
    List<String> copies = MarkerMutations.of(request);
    Path input = Files.createTempFile("regimen-privacy", ".jsonl");
    try {
      Files.writeString(input, String.join("\n", copies) + "\n", StandardCharsets.UTF_8);
      CliProcess.Result batch = CliProcess.run("batch", input.toString());

      assertThat(batch.out().lines()).hasSize(copies.size());
      assertNoLeak(batch.out());
      assertThat(batch.err()).isEmpty();

      for (int i = 0; i < copies.size(); i += copies.size() / 8) {
        Files.writeString(input, copies.get(i), StandardCharsets.UTF_8);
        CliProcess.Result plan = CliProcess.run("plan", input.toString());
        assertNoLeak(plan.out());
        assertNoLeak(plan.err());
      }
    } finally {
      Files.deleteIfExists(input);
    }
  }

  private static void assertNoLeak(String text) {
    text.lines().forEach(line ->
        assertThat(MarkerMutations.LEAK.matcher(line).find()).as("a marker in: %s", line).isFalse());
  }
}
