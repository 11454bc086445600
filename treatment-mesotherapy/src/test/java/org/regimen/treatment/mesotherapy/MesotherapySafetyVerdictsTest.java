package org.regimen.treatment.mesotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.mesotherapy.Requests.AS_OF;
import static org.regimen.treatment.mesotherapy.Requests.healthy;
import static org.regimen.treatment.mesotherapy.Requests.plan;
import static org.regimen.treatment.mesotherapy.Requests.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeStage;

/**
 * Issue 10's mesotherapy symptoms, each with its line of 002 or its publication (the whole matrix:
 * docs/screening-matrix.md). Before issue 10 each of these patients got plain {@code ELIGIBLE}, and
 * the breastfeeding finding cited 003 instead of 002.
 */
class MesotherapySafetyVerdictsTest {
  private static final String DOC_002 = "002_143d3d91613fde99.txt";

  private static TreatmentPlan planFor(PatientProfile patient, BodyArea... areas) {
    return plan(request(StriaeStage.RUBRA, areas).patient(patient));
  }

  // 002 line 23 "the specialist will choose the most suitable" compounds: any recorded allergy may
  // concern the mix, so the specialist clears it.
  @Test
  void otherAllergy_002_needsTheSpecialistToCheckTheMix() {
    TreatmentPlan plan = planFor(healthy().allergies(List.of(Allergy.OTHER)).build());
    Finding allergy = finding(plan, "OTHER_ALLERGY");
    assertThat(allergy.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(allergy.source()).isEqualTo(DOC_002);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // 002 line 33 "does not present major skin lesions that could impede the effect".
  @Test
  void skinCondition_002_needsAPractitionersClearance() {
    TreatmentPlan plan = planFor(healthy().conditions(List.of(Condition.SKIN_CONDITION)).build());
    assertThat(finding(plan, "SKIN_CONDITION").source()).isEqualTo(DOC_002);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // design.md: an antibiotic course is waited out (TEMPORARY), never interrupted.
  @Test
  void antibioticCourse_isWaitedOutNeverInterrupted() {
    TreatmentPlan ongoing = planFor(healthy()
        .medications(List.of(Medication.ongoing(MedicationKind.ANTIBIOTIC))).build());
    assertThat(ongoing.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(ongoing.sessions()).isEmpty();
    assertThat(finding(ongoing, "ANTIBIOTIC_COURSE").action()).contains("Do not interrupt the course");

    TreatmentPlan ending = planFor(healthy()
        .medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, AS_OF.plusDays(9)))).build());
    assertThat(ending.sessions()).isNotEmpty().allMatch(s -> s.tentative());
    assertThat(ending.sessions().get(0).date()).isAfter(AS_OF.plusDays(9));
  }

  // 002 line 35 "And it is contraindicated for pregnant or breastfeeding women": its own document.
  @Test
  void breastfeeding_citesItsOwnDocument002() {
    TreatmentPlan plan = planFor(healthy().pregnancy(PregnancyStatus.BREASTFEEDING).build());
    Finding breastfeeding = finding(plan, "BREASTFEEDING");
    assertThat(breastfeeding.source()).isEqualTo(DOC_002);
    assertThat(breastfeeding.sourceWords()).contains("pregnant or breastfeeding women");
  }

  // Regimen default: a recent scar is healing skin; that area waits.
  @Test
  void recentScarInATreatedArea_regimenDefault_leavesThatAreaOut() {
    TreatmentPlan plan = planFor(healthy()
        .areaFindings(List.of(AreaFinding.of(BodyArea.HIPS, AreaCondition.RECENT_SCAR))).build(),
        BodyArea.ABDOMEN, BodyArea.HIPS);
    assertThat(finding(plan, "RECENT_SCAR").area()).contains(BodyArea.HIPS);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN));
  }

  // 001 "You might be asked to stop certain supplements ... a week or two before", borrowed by
  // every injecting therapy: a finding and a dated pause.
  @Test
  void bloodThinningSupplement_001_getsAFindingAndADatedPause() {
    TreatmentPlan plan = planFor(healthy()
        .medications(List.of(Medication.ongoing(MedicationKind.BLOOD_THINNING_SUPPLEMENT))).build());
    assertThat(finding(plan, "BLOOD_THINNING_SUPPLEMENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.before())
        .anyMatch(i -> i.code().equals("PAUSE_BLOOD_THINNING_SUPPLEMENTS") && i.days().from().equals(s.date().minusDays(14))));
  }

  // Davis & Callender 2010: ultraviolet light and darker skin make pigment change after injury likelier.
  @Test
  void solariumAndDarkerPhototype_davis2010_arePrecautions() {
    TreatmentPlan plan = planFor(healthy()
        .lifestyle(Lifestyle.builder().smoker(true).frequentSolarium(true).build())
        .skin(Skin.builder().fitzpatrick(Fitzpatrick.IV).type(SkinType.OILY).build())
        .build());
    assertThat(plan.eligibility().findings()).extracting(Finding::code)
        .contains("FREQUENT_SOLARIUM", "PIGMENT_CHANGE_PHOTOTYPE")
        .doesNotContain("SMOKER"); // declared not relevant for mesotherapy, with its reason
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + code + " in "
            + plan.eligibility().findings().stream().map(Finding::code).toList()));
  }
}
