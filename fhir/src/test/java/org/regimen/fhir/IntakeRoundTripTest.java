package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.spi.TreatmentModule;
import org.regimen.testing.RequestGenerator;

/**
 * request → Questionnaire → a filled QuestionnaireResponse → request gives the same plan, over a
 * generated population of every therapy (patients with and without each finding, unknowns); the
 * responses validate against their Questionnaire with HAPI's validator, without errors. The form does
 * not ask the clinic's side (id, calendar, clinic, history): the context gives it.
 */
class IntakeRoundTripTest {
  static final int REQUESTS_PER_MODULE = 60;
  static final int VALIDATED_PER_MODULE = 8;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<TreatmentModule> modules() {
    return SamplePlans.REGIMEN.catalog().modules();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void aFilledResponseGivesTheSamePlan(TreatmentModule module) throws Exception {
    roundTrip(module, IntakeQuestionnaire.of(module));
  }

  @ParameterizedTest
  @MethodSource("modules")
  void theQuestionnaireForEveryTherapyGivesTheSamePlanToo(TreatmentModule module) throws Exception {
    roundTrip(module, IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog()));
  }

  private static void roundTrip(TreatmentModule module, IntakeQuestionnaire intake) throws Exception {
    ModuleDescriptor descriptor = module.descriptor();
    RequestGenerator generator =
        new RequestGenerator(descriptor.id(), descriptor.indications(), EnumSet.copyOf(descriptor.areas()));
    for (long seed = 1; seed <= REQUESTS_PER_MODULE; seed++) {
      TreatmentRequest request = generator.generate(seed * 7919);
      QuestionnaireResponse filled = intake.prefill(request);
      // Through FHIR JSON, as a response would arrive.
      QuestionnaireResponse arrived =
          Validation.CONTEXT.newJsonParser().parseResource(QuestionnaireResponse.class, FhirJson.write(filled));
      if (seed <= VALIDATED_PER_MODULE) {
        assertThat(Validation.errors(arrived)).as("seed %d", seed * 7919).isEmpty();
      }
      TreatmentRequest back = intake.read(arrived, clinicSide(request));
      assertThat(SamplePlans.JSON.writePlan(SamplePlans.REGIMEN.plan(back)))
          .as("seed %d", seed * 7919)
          .isEqualTo(SamplePlans.JSON.writePlan(SamplePlans.REGIMEN.plan(request)));
    }
  }

  /** What the form does not ask: the request without its asked keys. */
  static String clinicSide(TreatmentRequest request) throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(SamplePlans.JSON.writeRequest(request));
    json.remove(List.of("treatment", "indication", "areas", "earliestStart", "striae", "laxity", "assessment", "patient"));
    return json.toString();
  }
}
