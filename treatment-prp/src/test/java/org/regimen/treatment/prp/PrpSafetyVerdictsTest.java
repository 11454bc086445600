package org.regimen.treatment.prp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.prp.PrpPatients.AS_OF;
import static org.regimen.treatment.prp.PrpPatients.DOC_003;
import static org.regimen.treatment.prp.PrpPatients.eligiblePatient;
import static org.regimen.treatment.prp.PrpPatients.plan;
import static org.regimen.treatment.prp.PrpPatients.skinTightening;
import static org.regimen.treatment.prp.PrpPatients.stretchMarks;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;

/**
 * Issue 10's PRP symptoms, each with the line or publication its verdict comes from (the whole
 * matrix: docs/screening-matrix.md). Before issue 10 every one of these patients got plain
 * {@code ELIGIBLE} with no finding.
 */
class PrpSafetyVerdictsTest {
  private static final String DHURAT = "Dhurat R, Sukesh M. Principles and Methods of Preparation of Platelet-Rich Plasma";

  private static TreatmentPlan planFor(PatientProfile patient) {
    return plan(skinTightening().patient(patient));
  }

  // Dhurat & Sukesh 2014, contraindications: "platelet dysfunction syndrome, critical
  // thrombocytopenia" are absolute. The platelets are the product.
  @Test
  void plateletDisorderWithAnAbnormalCount_dhurat2014_rulesPrpOut() {
    TreatmentPlan plan = planFor(eligiblePatient()
        .conditions(List.of(Condition.BLEEDING_DISORDER))
        .addLabResults(LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.ABNORMAL, AS_OF.minusDays(3)))
        .build());
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(plan.sessions()).isEmpty();
    Finding disorder = finding(plan, "BLEEDING_DISORDER");
    assertThat(disorder.severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(disorder.source()).startsWith(DHURAT);
    assertThat(finding(plan, "LAB_RESULT_ON_FILE").severity()).isEqualTo(FindingSeverity.RELATIVE);
  }

  @Test
  void anyBloodDisorder_dhurat2014_rulesPrpOut() {
    TreatmentPlan plan = planFor(eligiblePatient().conditions(List.of(Condition.BLOOD_DISORDER)).build());
    assertThat(finding(plan, "BLOOD_DISORDER").severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
  }

  // Dhurat & Sukesh 2014, relative contraindications: "Cancer - especially hematopoietic or of bone".
  @Test
  void cancerUnderChemotherapy_dhurat2014_needsTheTreatingPhysician() {
    TreatmentPlan plan = planFor(eligiblePatient()
        .conditions(List.of(Condition.CANCER))
        .medications(List.of(Medication.ongoing(MedicationKind.IMMUNOSUPPRESSANT)))
        .build());
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(finding(plan, "CANCER").source()).startsWith(DHURAT);
    assertThat(plan.sessions()).isNotEmpty().allMatch(s -> s.tentative());
  }

  // Regimen default (the source is silent): lupus is an immune disorder; its immunosuppressant is
  // kept as prescribed and cleared with the prescriber.
  @Test
  void lupusOnImmunosuppressants_silentSource_isClearedNeverStopped() {
    TreatmentPlan plan = planFor(eligiblePatient()
        .conditions(List.of(Condition.IMMUNE_DISORDER))
        .medications(List.of(Medication.ongoing(MedicationKind.IMMUNOSUPPRESSANT)))
        .build());
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(finding(plan, "WEAK_IMMUNITY").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(finding(plan, "IMMUNOSUPPRESSANT_THERAPY").action()).contains("keeps taking it as prescribed");
  }

  // NCT03807986 excludes "chronic liver disease".
  @Test
  void hepatitis_nct03807986_needsAPhysician() {
    TreatmentPlan plan = planFor(eligiblePatient().conditions(List.of(Condition.HEPATITIS)).build());
    assertThat(finding(plan, "HEPATITIS").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // Regimen default: PRP asks for no test, but a positive result on file is still a fact.
  @Test
  void positiveHivOnFile_regimenDefault_needsAPhysician() {
    TreatmentPlan plan = planFor(eligiblePatient()
        .addLabResults(LabResult.of(LabTest.HIV, LabOutcome.POSITIVE, AS_OF.minusDays(100)))
        .build());
    assertThat(finding(plan, "LAB_RESULT_ON_FILE").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // Regimen default: a recent scar is still healing skin; the area waits, the others are planned.
  @Test
  void recentScarInATreatedArea_regimenDefault_leavesThatAreaOut() {
    TreatmentPlan plan = plan(stretchMarks(BodyArea.ABDOMEN, BodyArea.THIGHS).patient(eligiblePatient()
        .areaFindings(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.RECENT_SCAR)))
        .build()));
    assertThat(finding(plan, "RECENT_SCAR").area()).contains(BodyArea.THIGHS);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN));
  }

  // 003 "Do not have any active skin infections or conditions.": a cold sore on the face while the
  // neck is injected is not another area.
  @Test
  void coldSoreOnTheFaceWithTheNeckTreated_003_getsNoSession() {
    TreatmentPlan plan = plan(skinTightening(BodyArea.NECK).patient(eligiblePatient()
        .areaFindings(List.of(AreaFinding.of(BodyArea.FACE, AreaCondition.ACTIVE_INFECTION)))
        .build()));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isEmpty();
    assertThat(finding(plan, "ACTIVE_INFECTION_ANYWHERE").source()).isEqualTo(DOC_003);
  }

  // 001 "You might be asked to stop certain supplements ... a week or two before": a dated pause of
  // the self-chosen supplement, only for a patient who takes one.
  @Test
  void bloodThinningSupplement_001_getsAFindingAndADatedPause() {
    TreatmentPlan plan = planFor(eligiblePatient()
        .medications(List.of(Medication.ongoing(MedicationKind.BLOOD_THINNING_SUPPLEMENT)))
        .build());
    assertThat(finding(plan, "BLOOD_THINNING_SUPPLEMENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> {
      DatedInstruction pause = s.before().stream()
          .filter(i -> i.code().equals("PAUSE_BLOOD_THINNING_SUPPLEMENTS")).findFirst().orElseThrow();
      assertThat(pause.days().from()).isEqualTo(s.date().minusDays(14));
      assertThat(pause.text()).contains("pause it").contains("Keep taking every medicine a doctor prescribed");
    });
    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(AS_OF.plusDays(14));

    TreatmentPlan without = planFor(eligiblePatient().build());
    assertThat(without.sessions().get(0).before()).noneMatch(i -> i.code().equals("PAUSE_BLOOD_THINNING_SUPPLEMENTS"));
    assertThat(without.sessions().get(0).date()).isEqualTo(AS_OF);
  }

  // 003 "In rare cases, PRP treatment may cause scarring or changes in skin pigmentation.";
  // Davis & Callender 2010 for darker phototypes.
  @Test
  void solariumAndDarkerPhototype_003_davis2010_arePrecautions() {
    TreatmentPlan plan = planFor(eligiblePatient()
        .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(true).build())
        .skin(Skin.builder().fitzpatrick(Fitzpatrick.V).type(SkinType.NORMAL).build())
        .build());
    assertThat(finding(plan, "FREQUENT_SOLARIUM").source()).isEqualTo(DOC_003);
    assertThat(finding(plan, "PIGMENT_CHANGE_PHOTOTYPE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);

    TreatmentPlan unknown = planFor(eligiblePatient().lifestyle(Optional.empty()).build());
    assertThat(unknown.eligibility().findings()).extracting(Finding::code).contains("UNCONFIRMED_LIFESTYLE");
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + code + " in "
            + plan.eligibility().findings().stream().map(Finding::code).toList()));
  }
}
