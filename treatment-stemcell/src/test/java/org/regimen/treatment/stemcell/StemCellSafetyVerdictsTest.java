package org.regimen.treatment.stemcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.stemcell.Requests.healthy;
import static org.regimen.treatment.stemcell.Requests.moderateRecent;
import static org.regimen.treatment.stemcell.Requests.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;

/**
 * Issue 10's stem cell symptoms, each with its source line or publication (the whole matrix:
 * docs/screening-matrix.md). Before issue 10 a patient with active cancer got two fat harvests and
 * injections, and diabetes alone produced nothing.
 */
class StemCellSafetyVerdictsTest {
  private static final String DOC_001 = "001_b38aff59189dd747.txt";

  private static TreatmentPlan planFor(PatientProfile patient, BodyArea... areas) {
    return plan(moderateRecent(areas).patient(patient));
  }

  // Bertolini, Petit, Kolonin 2015: preclinical studies "indicating that WAT progenitors may
  // promote BC growth and metastasis": adipose-derived stromal cells are an oncological concern.
  @Test
  void activeCancer_bertolini2015_rulesOutTheHarvestAndTheInjections() {
    TreatmentPlan plan = planFor(healthy().conditions(List.of(Condition.CANCER)).build());
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(plan.sessions()).isEmpty();
    Finding cancer = finding(plan, "CANCER");
    assertThat(cancer.severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(cancer.source()).startsWith("Bertolini F, Petit JY, Kolonin MG.");
  }

  // 001 line 21 "Generally, individuals in good health": a systemic disease the source does not
  // name is cleared by a physician (RELATIVE), not ignored.
  @Test
  void diabetesAlone_001_needsAPhysiciansClearance() {
    TreatmentPlan plan = planFor(healthy().conditions(List.of(Condition.DIABETES)).build());
    Finding health = finding(plan, "HEALTH_CONDITION");
    assertThat(health.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(health.source()).isEqualTo(DOC_001);
    assertThat(health.sourceWords()).isEqualTo("Generally, individuals in good health");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // Regimen default: a recent scar is healing skin; that area waits.
  @Test
  void recentScarInATreatedArea_regimenDefault_leavesThatAreaOut() {
    TreatmentPlan plan = planFor(healthy()
        .areaFindings(List.of(AreaFinding.of(BodyArea.HIPS, AreaCondition.RECENT_SCAR))).build(),
        BodyArea.THIGHS, BodyArea.HIPS);
    assertThat(finding(plan, "RECENT_SCAR").area()).contains(BodyArea.HIPS);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.THIGHS));
  }

  // 001 line 29 "You might be asked to stop certain supplements": one finding, dated pause.
  @Test
  void bloodThinningSupplement_001_isAPrecautionWithADatedPause() {
    TreatmentPlan plan = planFor(healthy()
        .medications(List.of(Medication.ongoing(MedicationKind.BLOOD_THINNING_SUPPLEMENT))).build());
    assertThat(plan.eligibility().findings()).filteredOn(f -> f.code().equals("BLOOD_THINNING_SUPPLEMENT")).hasSize(1);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.before())
        .anyMatch(i -> i.code().equals("STOP_BLOOD_THINNING_SUPPLEMENTS") && i.days().from().equals(s.date().minusDays(14))));
  }

  // 001 line 45 "it is recommended to avoid direct sun exposure"; Davis & Callender 2010.
  @Test
  void solariumAndDarkerPhototype_001_davis2010_arePrecautions() {
    TreatmentPlan plan = planFor(healthy()
        .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(true).build())
        .skin(Skin.builder().fitzpatrick(Fitzpatrick.VI).type(SkinType.DRY).build())
        .build());
    assertThat(finding(plan, "FREQUENT_SOLARIUM").source()).isEqualTo(DOC_001);
    assertThat(finding(plan, "PIGMENT_CHANGE_PHOTOTYPE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + code + " in "
            + plan.eligibility().findings().stream().map(Finding::code).toList()));
  }
}
