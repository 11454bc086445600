package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.fhir.SamplePlans.Sample;

/** HAPI's validator finds no error in the Bundle of any sample plan, and does find planted ones. */
class PlanBundleValidationTest {
  static List<Sample> samples() {
    return SamplePlans.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySamplePlanValidatesWithoutErrors(Sample sample) {
    Bundle bundle = PlanBundle.of(sample.request(), sample.plan()).toBundle();
    assertThat(Validation.errors(bundle)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aSubjectOfTheIntegratorsOwnValidatesToo(Sample sample) {
    Bundle bundle = PlanBundle.of(sample.request(), sample.plan()).withSubject("Patient/123").toBundle();
    assertThat(bundle.getEntry()).noneMatch(e -> e.getResource().fhirType().equals("Patient"));
    assertThat(Validation.errors(bundle)).isEmpty();
  }

  @Test
  void theValidatorRejectsACodeOurBodyAreaSystemDoesNotHave() {
    Bundle bundle = firstSampleBundle();
    ServiceRequest request = firstServiceRequest(bundle);
    request.addBodySite(RegimenCodes.concept(RegimenCodes.BODY_AREA, "ELBOWS", "elbows"));
    assertThat(Validation.errors(bundle)).anyMatch(m -> m.contains("ELBOWS"));
  }

  @Test
  void theValidatorRejectsABrokenInvariant() {
    Bundle bundle = firstSampleBundle();
    // per-1: a period's start must not be after its end.
    firstServiceRequest(bundle).setOccurrence(
        new org.hl7.fhir.r4.model.Period()
            .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2027-02-02"))
            .setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2027-02-01")));
    assertThat(Validation.errors(bundle)).anyMatch(m -> m.contains("per-1"));
  }

  private static Bundle firstSampleBundle() {
    Sample sample = SamplePlans.all().stream().filter(s -> !s.plan().sessions().isEmpty()).findFirst().orElseThrow();
    return PlanBundle.of(sample.request(), sample.plan()).toBundle();
  }

  private static ServiceRequest firstServiceRequest(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(ServiceRequest.class::isInstance)
        .map(ServiceRequest.class::cast)
        .findFirst()
        .orElseThrow();
  }

}
