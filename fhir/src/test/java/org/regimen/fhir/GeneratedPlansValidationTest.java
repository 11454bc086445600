package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.testing.RequestGenerator;

/**
 * A generated population (patients with and without each finding, unknowns, calendars with closed
 * days and events) from every installed therapy: each plan's Bundle validates without errors. The
 * seeds are fixed, so a failure is reproduced by its seed; the count per module keeps the run short,
 * since HAPI's validator takes tens of milliseconds per Bundle once warm.
 */
class GeneratedPlansValidationTest {
  static final int PLANS_PER_MODULE = 10;

  static List<ModuleDescriptor> modules() {
    return SamplePlans.REGIMEN.treatments();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void everyGeneratedPlanValidatesWithoutErrors(ModuleDescriptor module) {
    RequestGenerator generator =
        new RequestGenerator(module.id(), module.indications(), EnumSet.copyOf(module.areas()));
    long nanos = 0;
    for (long seed = 1; seed <= PLANS_PER_MODULE; seed++) {
      TreatmentRequest request = generator.generate(seed * 7919);
      TreatmentPlan plan = SamplePlans.REGIMEN.plan(request);
      Bundle bundle = PlanBundle.of(request, plan).toBundle();
      long start = System.nanoTime();
      List<String> errors = Validation.errors(bundle);
      nanos += System.nanoTime() - start;
      assertThat(errors).as("seed %d", seed * 7919).isEmpty();
    }
    System.out.printf(
        "regimen-fhir: %s: %d generated plans validated in %d ms (validator built in %d ms)%n",
        module.id(), PLANS_PER_MODULE, nanos / 1_000_000, Validation.BUILD_MILLIS);
  }
}
