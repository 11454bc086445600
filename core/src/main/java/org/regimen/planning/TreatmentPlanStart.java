package org.regimen.planning;

import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.ScreeningResult;

/** The parts of a plan known before scheduling: who made it, for whom, and the eligibility. */
final class TreatmentPlanStart {
  /** Patient-facing texts exist in English only so far; the plan says which language it used. */
  static final String LANGUAGE = "en";

  private TreatmentPlanStart() {}

  static ImmutableTreatmentPlan.Builder of(
      TreatmentRef treatment, TreatmentRequest request, ScreeningResult screened) {
    return TreatmentPlan.builder()
        .id(request.id())
        .treatment(treatment)
        .indication(request.indication())
        .language(LANGUAGE)
        .eligibility(screened.eligibility());
  }
}
