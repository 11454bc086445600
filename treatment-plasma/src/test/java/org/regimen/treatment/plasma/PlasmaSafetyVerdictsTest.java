package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.codes;
import static org.regimen.treatment.plasma.PlasmaRequest.finding;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;

import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;

/**
 * Issue 10's plasma therapy symptoms, each with its line of 004 or its publication (the whole
 * matrix: docs/screening-matrix.md). The twelve contraindications of 004 are in {@link
 * ContraindicationsTest}, unchanged.
 */
class PlasmaSafetyVerdictsTest {
  private static final String DOC_004 = "004_1a51e8a62b495aeb.txt";

  // Regimen default (004 does not name it): unstable health is cleared by a physician.
  @Test
  void unstableHealth_regimenDefault_needsAPhysician() {
    TreatmentPlan plan = healthy().patient("conditions", "[\"UNSTABLE_HEALTH\"]").plan();
    assertThat(finding(plan, "UNSTABLE_HEALTH").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // Regimen default: a recent scar is healing skin; that area waits, the other is planned.
  @Test
  void recentScarInATreatedArea_regimenDefault_leavesThatAreaOut() {
    TreatmentPlan plan = healthy()
        .set("areas", "[\"FACE\", \"NECK\"]")
        .patient("areaFindings", "[{\"area\": \"NECK\", \"finding\": \"RECENT_SCAR\"}]")
        .plan();
    assertThat(finding(plan, "RECENT_SCAR").area()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("NECK"));
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.areas()).extracting(Enum::name).containsExactly("FACE"));
  }

  // 001 "You might be asked to stop certain supplements ... a week or two before", borrowed by every
  // injecting therapy; for a blood product the bruising point is stronger.
  @Test
  void bloodThinningSupplement_001_getsAFindingAndADatedPause() {
    TreatmentPlan plan = healthy().patient("medications", "[{\"kind\": \"BLOOD_THINNING_SUPPLEMENT\"}]").plan();
    assertThat(finding(plan, "BLOOD_THINNING_SUPPLEMENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.before())
        .anyMatch(i -> i.code().equals("PAUSE_BLOOD_THINNING_SUPPLEMENTS") && i.days().from().equals(s.date().minusDays(14))));
  }

  // 004 line 98 "If the patient visits the solarium frequently, pigment spots appear.": a finding
  // for the practitioner besides the risk; when lifestyle is unknown, the plan asks to confirm it.
  @Test
  void frequentSolarium_004_isAPrecautionAndUnknownLifestyleIsAskedFor() {
    TreatmentPlan plan = healthy().patient("lifestyle", "{\"smoker\": false, \"frequentSolarium\": true}").plan();
    Finding solarium = finding(plan, "FREQUENT_SOLARIUM");
    assertThat(solarium.source()).isEqualTo(DOC_004);
    assertThat(solarium.sourceWords()).isEqualTo("If the patient visits the solarium frequently, pigment spots appear.");
    assertThat(plan.risks()).anyMatch(r -> r.code().equals("PIGMENT_SPOTS"));

    TreatmentPlan unknown = healthy().unknown("lifestyle").plan();
    assertThat(codes(unknown)).contains("UNCONFIRMED_LIFESTYLE");
    assertThat(unknown.eligibility().status()).isNotEqualTo(EligibilityStatus.ELIGIBLE);
  }

  // Davis & Callender 2010: darker phototypes; 004 lists pigment spots among the side effects.
  @Test
  void darkerPhototype_davis2010_isAPrecaution() {
    TreatmentPlan plan = healthy().patient("skin", "{\"fitzpatrick\": \"VI\", \"type\": \"NORMAL\"}").plan();
    assertThat(finding(plan, "PIGMENT_CHANGE_PHOTOTYPE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    TreatmentPlan light = healthy().patient("skin", "{\"fitzpatrick\": \"II\", \"type\": \"NORMAL\"}").plan();
    assertThat(codes(light)).doesNotContain("PIGMENT_CHANGE_PHOTOTYPE");
  }

  // 004 line 127 "stop using nicotine and alcohol;": a smoker is reminded of the preparation.
  @Test
  void smoker_004_isRemindedOfTheNicotinePause() {
    TreatmentPlan plan = healthy().patient("lifestyle", "{\"smoker\": true, \"frequentSolarium\": false}").plan();
    assertThat(finding(plan, "SMOKER").severity()).isEqualTo(FindingSeverity.PRECAUTION);
  }
}
