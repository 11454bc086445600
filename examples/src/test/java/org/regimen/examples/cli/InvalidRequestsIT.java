package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid and unreadable requests: exit status 2, the problems with their paths on standard error
 * (as lines, or as the error JSON with {@code --json}), nothing on standard output, never a stack
 * trace.
 */
class InvalidRequestsIT {
  private static final Path INVALID = CliProcess.REQUESTS.resolve("invalid");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "unknown-field.json,       patient",
    "bad-enum.json,            areas[1]",
    "bad-date.json,            patient.birthDate",
    "wrong-type.json,          striae.ageMonths",
    "missing-indication.json,  indication",
    "unknown-treatment.json,   treatment",
  })
  void invalidSampleListsItsProblemsOnStandardError(String file, String path) {
    CliProcess.Result result = CliProcess.run("plan", INVALID.resolve(file).toString());

    assertFailedWithNothingOnStandardOutput(result);
    assertThat(result.err().lines().findFirst())
        .get()
        .asString()
        .startsWith("regimen: the request invalid-")
        .endsWith(" cannot be planned:");
    assertThat(result.err()).contains("\n  " + path + ": ");
  }

  @ParameterizedTest(name = "{0} as JSON")
  @CsvSource({"missing-indication.json, indication", "bad-enum.json, areas[1]"})
  void withTheJsonOptionTheErrorJsonGoesToStandardError(String file, String path) {
    CliProcess.Result result = CliProcess.run("plan", "--json", INVALID.resolve(file).toString());

    assertFailedWithNothingOnStandardOutput(result);
    assertThat(result.err().strip()).startsWith("{").endsWith("}").contains("\"errors\"").contains("\"id\"");
    assertThat(result.err()).containsPattern("\"path\"\\s*:\\s*\"" + Pattern.quote(path) + "\"");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = INVALID.resolve("no-such-request.json");
    CliProcess.Result result = CliProcess.run("compare", missing.toString());

    assertFailedWithNothingOnStandardOutput(result);
    assertThat(result.err().lines())
        .containsExactly(
            "regimen: the request cannot be planned:",
            "  $: the request file '" + missing + "' does not exist");
  }

  @Test
  void aDirectoryIsNamed() {
    CliProcess.Result result = CliProcess.run("plan", "--json", INVALID.toString());

    assertFailedWithNothingOnStandardOutput(result);
    assertThat(result.err()).contains("the request file '" + INVALID + "' is a directory");
  }

  private static void assertFailedWithNothingOnStandardOutput(CliProcess.Result result) {
    assertThat(result.exitCode()).as("exit status; stderr:%n%s", result.err()).isEqualTo(2);
    assertThat(result.out()).as("standard output").isEmpty();
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
