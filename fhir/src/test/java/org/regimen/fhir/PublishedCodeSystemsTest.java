package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.VisitKind;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.LabTest;
import org.regimen.spi.ModuleDescriptor;

/** The published CodeSystems hold exactly the codes core's enums and the installed modules have. */
class PublishedCodeSystemsTest {

  @Test
  void completeSystemsListEveryValueOfTheirEnum() {
    assertCodes("body-area", BodyArea.values());
    assertCodes("indication", Indication.values());
    assertCodes("visit-kind", VisitKind.values());
    assertCodes("result-phase", ResultPhase.values());
    assertCodes("eligibility", EligibilityStatus.values());
    assertCodes("lab-test", LabTest.values());
  }

  @Test
  void theTreatmentFragmentNamesEveryShippedModuleAsItsProtocolDoes() {
    CodeSystem treatments = Validation.readCodeSystem("treatment");
    assertThat(treatments.getContent()).isEqualTo(CodeSystemContentMode.FRAGMENT);
    for (ModuleDescriptor module : SamplePlans.REGIMEN.treatments()) {
      assertThat(treatments.getConcept())
          .anySatisfy(c -> {
            assertThat(c.getCode()).isEqualTo(module.id());
            assertThat(c.getDisplay()).isEqualTo(module.name());
          });
    }
  }

  @Test
  void everySystemHasTheUrlTheExportUses() {
    List<String> urls = Validation.publishedCodeSystems().stream().map(CodeSystem::getUrl).toList();
    assertThat(urls)
        .contains(
            RegimenCodes.BODY_AREA, RegimenCodes.INDICATION, RegimenCodes.VISIT_KIND,
            RegimenCodes.RESULT_PHASE, RegimenCodes.ELIGIBILITY, RegimenCodes.TREATMENT,
            RegimenCodes.FINDING, RegimenCodes.INSTRUCTION, RegimenCodes.RISK, RegimenCodes.LAB_TEST);
  }

  @Test
  void everyPublishedSystemValidates() {
    for (CodeSystem system : Validation.publishedCodeSystems()) {
      assertThat(Validation.errors(system)).as(system.getUrl()).isEmpty();
    }
  }

  private static void assertCodes(String name, Enum<?>[] values) {
    CodeSystem system = Validation.readCodeSystem(name);
    assertThat(system.getContent()).isEqualTo(CodeSystemContentMode.COMPLETE);
    assertThat(system.getConcept())
        .extracting(CodeSystem.ConceptDefinitionComponent::getCode)
        .containsExactlyElementsOf(Arrays.stream(values).map(Enum::name).toList());
    assertThat(system.getCount()).isEqualTo(values.length);
  }
}
