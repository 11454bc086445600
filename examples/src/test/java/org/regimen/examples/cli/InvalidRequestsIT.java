package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid and unreadable requests: exit status 2, the error JSON on standard output with the path
 * of the problem, nothing on standard error, never a stack trace.
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
  void invalidSampleGivesErrorJsonWithItsPath(String file, String path) {
    CliProcess.Result result = CliProcess.run("plan", INVALID.resolve(file).toString());

    assertInvalid(result, path);
    assertThat(result.out()).contains("\"id\"").contains("invalid-");
  }

  @ParameterizedTest(name = "{0} as JSON")
  @CsvSource({"missing-indication.json, indication", "bad-enum.json, areas[1]"})
  void invalidSampleGivesErrorJsonAlsoWithTheJsonOption(String file, String path) {
    assertInvalid(CliProcess.run("plan", "--json", INVALID.resolve(file).toString()), path);
  }

  @Test
  void missingFileGivesErrorJsonForTheWholeDocument() {
    Path missing = INVALID.resolve("no-such-request.json");

    assertInvalid(CliProcess.run("plan", missing.toString()), "$");
  }

  @Test
  void directoryGivesErrorJsonForTheWholeDocument() {
    assertInvalid(CliProcess.run("plan", INVALID.toString()), "$");
  }

  private static void assertInvalid(CliProcess.Result result, String path) {
    assertThat(result.err())
        .as("standard error")
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .isEmpty();
    assertThat(result.exitCode()).as("exit status; stdout:%n%s", result.out()).isEqualTo(2);
    assertThat(result.out().strip()).startsWith("{").endsWith("}").contains("\"errors\"");
    assertThat(result.out())
        .containsPattern("\"path\"\\s*:\\s*\"" + Pattern.quote(path) + "\"")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }
}
