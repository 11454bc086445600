package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * The files under {@code examples/fhir/intake/} are what {@code regimen questionnaire} gives today
 * and validate without errors: a Questionnaire per therapy and one for all, and a response filled
 * from a sample request, which gives the sample's plan back. After a deliberate change rewrite them
 * with {@code ./mvnw -pl fhir -am verify -Dtest=IntakeSamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dregimen.samples.write=true} and review the diff.
 */
class IntakeSamplesTest {
  static final Path DIR = SamplePlans.SAMPLES.resolve("intake");
  static final Path REQUEST = SamplePlans.REQUESTS.resolve("plasma-antibiotics-cycle-missing-tests.json");

  static List<TreatmentModule> modules() {
    return SamplePlans.REGIMEN.catalog().modules();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void theShippedQuestionnaireIsTheCurrentOneAndValidates(TreatmentModule module) throws IOException {
    check(DIR.resolve("questionnaire-" + module.protocol().id() + ".json"),
        IntakeQuestionnaire.of(module).toJson(), Questionnaire.class);
  }

  @Test
  void theShippedQuestionnaireForEveryTherapyIsTheCurrentOneAndValidates() throws IOException {
    check(DIR.resolve("questionnaire-all.json"),
        IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog()).toJson(), Questionnaire.class);
  }

  /** {@code regimen questionnaire plasma --read response-plasma.json --context context-plasma.json}. */
  @Test
  void theShippedResponseGivesTheSampleRequestsPlan() throws Exception {
    IntakeQuestionnaire plasma =
        IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog().module("plasma").orElseThrow());
    TreatmentRequest request = SamplePlans.JSON.readRequest(Files.readString(REQUEST, StandardCharsets.UTF_8));
    Path responseFile = DIR.resolve("response-plasma.json");
    check(responseFile, FhirJson.write(plasma.prefill(request)), QuestionnaireResponse.class);
    Path contextFile = DIR.resolve("context-plasma.json");
    String context = IntakeRoundTripTest.clinicSide(request);
    String pretty = new ObjectMapper().readTree(context).toPrettyString();
    if (Boolean.getBoolean("regimen.samples.write")) {
      Files.writeString(contextFile, pretty + "\n", StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(contextFile, StandardCharsets.UTF_8)).isEqualTo(pretty + "\n");

    QuestionnaireResponse shipped = Validation.CONTEXT.newJsonParser()
        .parseResource(QuestionnaireResponse.class, Files.readString(responseFile, StandardCharsets.UTF_8));
    TreatmentRequest back = plasma.read(shipped, Files.readString(contextFile, StandardCharsets.UTF_8));
    assertThat(SamplePlans.JSON.writePlan(SamplePlans.REGIMEN.plan(back)))
        .isEqualTo(SamplePlans.JSON.writePlan(SamplePlans.REGIMEN.plan(request)));
    assertThat(((ObjectNode) new ObjectMapper().readTree(context)).has("patient")).isFalse();
  }

  private static void check(Path file, String json, Class<? extends Resource> type) throws IOException {
    if (Boolean.getBoolean("regimen.samples.write")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }
    assertThat(file).exists();
    String shipped = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(shipped).isEqualTo(json + "\n");
    assertThat(Validation.errors(Validation.CONTEXT.newJsonParser().parseResource(type, shipped))).isEmpty();
  }
}
