package org.regimen.treatment.mesotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.mesotherapy.MesotherapyCourseTest.finding;
import static org.regimen.treatment.mesotherapy.Requests.healthy;
import static org.regimen.treatment.mesotherapy.Requests.plan;
import static org.regimen.treatment.mesotherapy.Requests.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.StriaeStage;

/** The contraindications and the excluded area of document 002, each with the seed's words. */
class MesotherapyScreeningTest {

  /** 002: "The only area that cannot be treated is the breast because it is an area with very sensitive tissues." */
  @Test
  void theBreastIsLeftOutAndTheOtherAreasArePlanned() {
    TreatmentPlan plan = plan(request(StriaeStage.RUBRA, BodyArea.BREASTS, BodyArea.ABDOMEN, BodyArea.HIPS));

    Finding breast = finding(plan, "EXCLUDED_AREA");
    assertThat(breast.area()).contains(BodyArea.BREASTS);
    assertThat(breast.sourceWords()).contains("The only area that cannot be treated is the breast");
    assertThat(breast.message()).contains("breast");
    assertThat(plan.eligibility().excludedAreas()).containsExactly(ExcludedArea.of(BodyArea.BREASTS, "EXCLUDED_AREA"));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.sessions()).hasSize(10)
        .allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN, BodyArea.HIPS));
  }

  @Test
  void aRequestForTheBreastAloneIsIneligible() {
    TreatmentPlan plan = plan(request(StriaeStage.ALBA, BodyArea.BREASTS));

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.cost()).isEmpty();
    assertThat(finding(plan, "EXCLUDED_AREA").area()).contains(BodyArea.BREASTS);
  }

  /** 002: "it is contraindicated for pregnant or breastfeeding women" (the baseline rule holds). */
  @Test
  void pregnancyAndBreastfeedingPlanNoSessions() {
    for (PregnancyStatus status : List.of(PregnancyStatus.PREGNANT, PregnancyStatus.BREASTFEEDING)) {
      TreatmentPlan plan = plan(request(StriaeStage.RUBRA).patient(healthy().pregnancy(status).build()));

      Finding finding = finding(plan, status == PregnancyStatus.PREGNANT ? "PREGNANCY" : "BREASTFEEDING");
      assertThat(finding.severity()).isEqualTo(FindingSeverity.TEMPORARY);
      assertThat(finding.until()).isEmpty();
      assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
      assertThat(plan.sessions()).isEmpty();
    }
  }

  @Test
  void anUnknownPregnancyStatusMustBeConfirmed() {
    TreatmentPlan plan =
        plan(request(StriaeStage.RUBRA).patient(healthy().pregnancy(PregnancyStatus.UNKNOWN).build()));

    assertThat(plan.eligibility().status()).isNotEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.eligibility().findings()).extracting(Finding::code).contains("UNCONFIRMED_PREGNANCY_STATUS");
  }

  /** 002: "it can be applied to any person who has a stable and healthy health condition". */
  @Test
  void anUnstableHealthConditionDefersTheCourseWithNoSessions() {
    TreatmentPlan plan =
        plan(request(StriaeStage.RUBRA).patient(healthy().conditions(List.of(Condition.UNSTABLE_HEALTH)).build()));

    Finding unstable = finding(plan, "UNSTABLE_HEALTH");
    assertThat(unstable.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(unstable.source()).contains("002");
    assertThat(unstable.sourceWords()).contains("stable and healthy health condition");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isEmpty();
  }

  /** 002: "who does not present major skin lesions that could impede the effect" (baseline MAJOR_LESION, per area). */
  @Test
  void aMajorLesionLeavesItsAreaOut() {
    TreatmentPlan plan =
        plan(request(StriaeStage.RUBRA, BodyArea.ABDOMEN, BodyArea.THIGHS)
            .patient(healthy().areaFindings(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.MAJOR_LESION))).build()));

    Finding lesion = finding(plan, "MAJOR_LESION");
    assertThat(lesion.area()).contains(BodyArea.THIGHS);
    assertThat(lesion.sourceWords()).isEqualTo("does not present major skin lesions that could impede the effect");
    assertThat(plan.eligibility().excludedAreas()).containsExactly(ExcludedArea.of(BodyArea.THIGHS, "MAJOR_LESION"));
    assertThat(plan.sessions()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN));
  }

  @Test
  void aMajorLesionInTheOnlyAreaPlansNoSessions() {
    TreatmentPlan plan =
        plan(request(StriaeStage.RUBRA, BodyArea.THIGHS)
            .patient(healthy().areaFindings(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.MAJOR_LESION))).build()));

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isEmpty();
  }

  @Test
  void aHealthyPatientWithRedMarksIsEligible() {
    TreatmentPlan plan = plan(request(StriaeStage.RUBRA));

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.eligibility().findings()).isEmpty();
  }
  /**
   * Seed 002 line 33: "it can be applied to any person who has a stable and healthy health condition".
   * An infection is not a healthy condition: no sessions while it lasts (docs/design.md: a systemic
   * infection has no known end, so none are planned). Before this fix the course was planned.
   */
  @Test
  void anInfectionDefersTheCourseWithNoSessions() {
    TreatmentPlan plan =
        plan(request(StriaeStage.RUBRA).patient(healthy().conditions(List.of(Condition.INFECTION)).build()));

    Finding infection = finding(plan, "INFECTION");
    assertThat(infection.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(infection.until()).isEmpty();
    assertThat(infection.sourceWords()).contains("stable and healthy health condition");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isEmpty();
  }

  /**
   * Seed 002 line 33: "it can be applied to any person who has a stable and healthy health condition".
   * A known systemic disease is never planned as plain eligible: a physician confirms the health is
   * stable first. Before this fix such a patient got no finding at all.
   */
  @Test
  void aSystemicDiseaseNeedsAPhysicianToConfirmStableHealth() {
    // Each disease the baseline names keeps its own code (issue 10), restated with 002's words.
    java.util.Map<Condition, String> codes = new java.util.LinkedHashMap<>();
    codes.put(Condition.BLOOD_DISORDER, "BLOOD_DISORDER");
    codes.put(Condition.CANCER, "CANCER");
    codes.put(Condition.HEPATITIS, "HEPATITIS");
    codes.put(Condition.WEAK_IMMUNITY, "WEAK_IMMUNITY");
    codes.put(Condition.IMMUNE_DISORDER, "WEAK_IMMUNITY");
    for (Condition other : List.of(Condition.DIABETES, Condition.VARICOSE_VEINS,
        Condition.CARDIOVASCULAR_DISEASE, Condition.LIVER_DYSFUNCTION, Condition.KIDNEY_DYSFUNCTION)) {
      codes.put(other, "HEALTH_CONDITION");
    }
    for (Condition condition : codes.keySet()) {
      TreatmentPlan plan =
          plan(request(StriaeStage.RUBRA).patient(healthy().conditions(List.of(condition)).build()));

      Finding health = finding(plan, codes.get(condition));
      assertThat(health.severity()).as(condition.name()).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(health.sourceWords()).contains("stable and healthy health condition");
      assertThat(plan.eligibility().status()).as(condition.name()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
      assertThat(plan.sessions()).as(condition.name()).isNotEmpty().allSatisfy(s -> assertThat(s.tentative()).isTrue());
    }
  }
}
