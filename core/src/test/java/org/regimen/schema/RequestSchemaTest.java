package org.regimen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.planning.PlannerTestModule;

/** The sample requests against request.schema.json and against Regimen's own reader. */
class RequestSchemaTest {
  private static final Path SAMPLES = Path.of("../examples/requests");
  private static final Path INVALID = SAMPLES.resolve("invalid");
  private static final RegimenJson JSON = RegimenJson.create();

  /**
   * For each invalid sample, the path Regimen reports, and whether the schema rejects it too. A
   * module id cannot be checked by a schema (the installed modules decide), so only planning
   * rejects unknown-treatment.json.
   */
  private static final Map<String, Rejection> INVALID_SAMPLES =
      Map.of(
          "unknown-field.json", Rejection.byBoth("patient"),
          "bad-enum.json", Rejection.byBoth("areas[1]"),
          "bad-date.json", Rejection.byBoth("patient.birthDate"),
          "wrong-type.json", Rejection.byBoth("striae.ageMonths"),
          "missing-indication.json", Rejection.byBoth("indication"),
          "unknown-treatment.json", Rejection.byPlanningOnly("treatment"));

  record Rejection(boolean bySchema, boolean byReader, String path) {
    static Rejection byBoth(String path) {
      return new Rejection(true, true, path);
    }

    static Rejection byPlanningOnly(String path) {
      return new Rejection(false, false, path);
    }
  }

  static Stream<Path> samples() throws IOException {
    return jsonFiles(SAMPLES);
  }

  static Stream<Path> invalidSamples() throws IOException {
    return jsonFiles(INVALID);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleRequestIsValid(Path sample) throws IOException {
    String json = Files.readString(sample, StandardCharsets.UTF_8);

    assertThat(Schemas.errors(Schemas.REQUEST, json)).as(sample.toString()).isEmpty();
    JSON.readRequest(json);
  }

  @ParameterizedTest
  @MethodSource("invalidSamples")
  void everyInvalidSampleIsRejected(Path sample) throws IOException {
    String name = sample.getFileName().toString();
    assertThat(INVALID_SAMPLES).as("say in INVALID_SAMPLES how %s is rejected", name).containsKey(name);
    Rejection expected = INVALID_SAMPLES.get(name);
    String json = Files.readString(sample, StandardCharsets.UTF_8);

    List<String> schemaErrors = Schemas.errors(Schemas.REQUEST, json);
    InvalidRequestException readerError = catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(json));
    InvalidRequestException error = readerError != null ? readerError : planningError(json);

    assertThat(schemaErrors.isEmpty()).as("schema accepts %s: %s", name, schemaErrors).isEqualTo(!expected.bySchema());
    assertThat(readerError != null).as("RegimenJson.readRequest rejects %s", name).isEqualTo(expected.byReader());
    assertThat(error).as("%s is rejected", name).isNotNull();
    assertThat(error.problems()).extracting(Problem::path).contains(expected.path());
  }

  @Test
  void theContractsExampleRequestIsValid() throws IOException {
    String contract = Files.readString(Path.of("../docs/contract.md"), StandardCharsets.UTF_8);
    int start = contract.indexOf("```json\n") + "```json\n".length();
    String request = contract.substring(start, contract.indexOf("```", start));

    assertThat(request).contains("\"asOf\"");
    assertThat(Schemas.errors(Schemas.REQUEST, request)).isEmpty();
  }

  @Test
  void theSamplesAreThere() throws IOException {
    assertThat(samples()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(invalidSamples().map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrderElementsOf(INVALID_SAMPLES.keySet());
  }

  @Test
  void theSchemaStatesTheRulesAcrossFieldsItCan() throws IOException {
    String prp = Files.readString(SAMPLES.resolve("prp-stretch-marks.json"), StandardCharsets.UTF_8);

    assertRejectedByBoth(prp.replace("\"treatment\": \"prp\",", "\"treatment\": \"prp\", \"treatments\": [\"prp\", \"plasma\"],"));
    assertRejectedByBoth(prp.replace("\"STRETCH_MARKS\"", "\"SKIN_LAXITY\""));
    assertRejectedByBoth(prp.replace("\"areas\": [\"ABDOMEN\", \"THIGHS\"]", "\"areas\": [\"ABDOMEN\", \"ABDOMEN\"]"));
    assertRejectedByBoth(prp.replace("\"areas\": [\"ABDOMEN\", \"THIGHS\"]", "\"areas\": []"));
    assertRejectedByBoth(prp.replace("\"language\": \"en\"", "\"language\": null"));
    assertRejectedByBoth(prp.replace("\"id\": \"example-prp-stretch-marks\"", "\"id\": \"Jane Doe\""));
    assertRejectedByBoth(prp.replace("\"asOf\": \"2027-01-05\",", ""));
  }

  @Test
  void theSchemaStatesWhatOnlyPlanningChecks() throws IOException {
    String prp = Files.readString(SAMPLES.resolve("prp-stretch-marks.json"), StandardCharsets.UTF_8);
    String oneInCombination = prp.replace("\"treatment\": \"prp\"", "\"treatments\": [\"planner-test\"]");

    assertThat(Schemas.errors(Schemas.REQUEST, oneInCombination)).isNotEmpty();
    assertThat(planningError(oneInCombination).problems()).extracting(Problem::path).contains("treatments");
  }

  private static void assertRejectedByBoth(String json) {
    assertThat(Schemas.errors(Schemas.REQUEST, json)).as("schema errors").isNotEmpty();
    assertThat(catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(json)))
        .as("reader error")
        .isNotNull();
  }

  /** What planning says, with a catalog of test modules only; null if it plans. */
  private static InvalidRequestException planningError(String json) {
    Regimen regimen = Regimen.of(TreatmentCatalog.of(List.of(new PlannerTestModule())));
    return catchThrowableOfType(InvalidRequestException.class, () -> regimen.plan(JSON.readRequest(json)));
  }

  private static Stream<Path> jsonFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }
}
