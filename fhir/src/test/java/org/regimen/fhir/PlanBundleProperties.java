package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.testing.RequestGenerator;

/**
 * For generated patients of every therapy (many more than the validator can check in CI time): the
 * Bundle holds one resource per part of the plan, every reference resolves inside the Bundle, the
 * CarePlan's status follows the eligibility mapping, and the same request gives the same JSON.
 */
class PlanBundleProperties {
  static List<ModuleDescriptor> modules() {
    return SamplePlans.REGIMEN.treatments();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void theBundleMirrorsThePlan(ModuleDescriptor module) {
    RequestGenerator requests =
        new RequestGenerator(module.id(), module.indications(), EnumSet.copyOf(module.areas()));
    qt().withExamples(40).forAll(requests.requests()).checkAssert(PlanBundleProperties::mirrors);
  }

  private static void mirrors(TreatmentRequest request) {
    TreatmentPlan plan = SamplePlans.REGIMEN.plan(request);
    PlanBundle export = PlanBundle.of(request, plan);
    Bundle bundle = export.toBundle();
    assertThat(PlanBundleContentTest.resources(bundle, ServiceRequest.class)).hasSize(plan.sessions().size());
    assertThat(PlanBundleContentTest.resources(bundle, Appointment.class))
        .hasSize(plan.sessions().size() + plan.visits().size());
    assertThat(PlanBundleContentTest.resources(bundle, DetectedIssue.class))
        .hasSize(plan.eligibility().findings().size());
    assertThat(PlanBundleContentTest.resources(bundle, Goal.class)).hasSize(plan.results().size());
    CarePlan carePlan = PlanBundleContentTest.resources(bundle, CarePlan.class).get(0);
    assertThat(carePlan.getStatus()).isEqualTo(StatusMapping.carePlanStatus(plan.eligibility().status()));

    Set<String> fullUrls = new HashSet<>();
    bundle.getEntry().forEach(e -> assertThat(fullUrls.add(e.getFullUrl())).as("unique fullUrl").isTrue());
    String json = export.toJson();
    assertThat(references(json)).as("the subject at least").isNotEmpty();
    for (String reference : references(json)) {
      assertThat(fullUrls).as("every urn:uuid reference resolves in the Bundle").contains(reference);
    }
    assertThat(PlanBundle.of(request, plan).toJson()).isEqualTo(json);
  }

  private static List<String> references(String json) {
    return java.util.regex.Pattern.compile("\"reference\": \"(urn:uuid:[^\"]+)\"")
        .matcher(json)
        .results()
        .map(m -> m.group(1))
        .toList();
  }
}
