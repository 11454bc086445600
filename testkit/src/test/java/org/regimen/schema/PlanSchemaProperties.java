package org.regimen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.planning.PlannerTestModule;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.RequestGenerator;

/**
 * Plans, combined plans and comparisons made from generated requests, as RegimenJson writes them,
 * are valid against plan.schema.json and comparison.schema.json.
 */
class PlanSchemaProperties {
  private static final RegimenJson JSON = RegimenJson.create();
  private static final Regimen REGIMEN =
      Regimen.of(TreatmentCatalog.of(List.of(new PlannerTestModule(), new WeeklyTestModule())));
  private static final String PLANNER_TEST = "planner-test";
  private static final RequestGenerator REQUESTS =
      new RequestGenerator(
          PLANNER_TEST, EnumSet.of(Indication.STRETCH_MARKS), EnumSet.allOf(BodyArea.class));

  @Test
  void plansAreValid() {
    qt().withExamples(300)
        .withFixedSeed(20270302L)
        .forAll(REQUESTS.requests())
        .checkAssert(request -> assertValidPlan(REGIMEN.plan(request)));
  }

  @Test
  void combinedPlansAreValid() {
    qt().withExamples(200)
        .withFixedSeed(20270303L)
        .forAll(REQUESTS.requests())
        .checkAssert(
            request -> {
              TreatmentPlan plan =
                  REGIMEN.plan(
                      ImmutableTreatmentRequest.copyOf(request)
                          .withTreatment(Optional.empty())
                          .withTreatments(CombinedTreatment.of(WeeklyTestModule.ID), CombinedTreatment.of(PLANNER_TEST)));
              assertThat(plan.treatments()).hasSize(2);
              assertValidPlan(plan);
            });
  }

  @Test
  void comparisonsAreValid() {
    qt().withExamples(200)
        .withFixedSeed(20270304L)
        .forAll(REQUESTS.requests())
        .checkAssert(
            request -> {
              TreatmentRequest withoutTreatment =
                  ImmutableTreatmentRequest.copyOf(request).withTreatment(Optional.empty());
              Comparison comparison = REGIMEN.compare(withoutTreatment);
              assertThat(comparison.options()).hasSize(2);
              assertThat(comparison.alternatives()).isNotEmpty();
              String json = JSON.writeComparison(comparison);
              assertThat(Schemas.errors(Schemas.COMPARISON, json)).as(json).isEmpty();
            });
  }

  private static void assertValidPlan(TreatmentPlan plan) {
    String json = JSON.writePlan(plan);
    assertThat(Schemas.errors(Schemas.PLAN, json)).as(json).isEmpty();
  }
}
