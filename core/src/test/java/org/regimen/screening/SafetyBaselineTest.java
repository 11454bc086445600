package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;

/** The baseline rules issue 10 adds (design.md, "Baseline rules apply to every therapy"). */
class SafetyBaselineTest {

  /** design.md: active cancer and immunosuppression; the source is silent, so a physician clears it. */
  @Test
  void cancerImmunityAndHepatitis_silentSource_needAPhysiciansClearance() {
    for (Condition condition :
        List.of(Condition.CANCER, Condition.WEAK_IMMUNITY, Condition.IMMUNE_DISORDER, Condition.HEPATITIS,
            Condition.BLOOD_DISORDER, Condition.DIABETES, Condition.UNSTABLE_HEALTH, Condition.SKIN_CONDITION)) {
      ScreeningResult result = screenWithBaseline(request(knownHealthy().conditions(List.of(condition)).build()));
      assertThat(result.eligibility().status()).as("%s", condition).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
      assertThat(result.eligibility().findings()).as("%s", condition).hasSize(1);
    }
  }

  /** design.md: an immunosuppressant is cleared with its prescriber, never stopped. */
  @Test
  void immunosuppressant_isClearedAndKeptAsPrescribed() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .medications(List.of(Medication.ongoing(MedicationKind.IMMUNOSUPPRESSANT))).build()));
    assertThat(finding(result, "IMMUNOSUPPRESSANT_THERAPY").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(finding(result, "IMMUNOSUPPRESSANT_THERAPY").action()).contains("keeps taking it as prescribed");
  }

  /** design.md, "Medication instructions stay safe": an antibiotic course is waited out, never interrupted. */
  @Test
  void antibioticCourse_isWaitedOutToItsLastDay() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, AS_OF.plusDays(6)))).build()));
    assertThat(finding(result, "ANTIBIOTIC_COURSE").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(finding(result, "ANTIBIOTIC_COURSE").until()).contains(AS_OF.plusDays(6));
    assertThat(finding(result, "ANTIBIOTIC_COURSE").action()).contains("Do not interrupt the course");
    assertThat(result.eligibility().earliestStart()).contains(AS_OF.plusDays(7));
  }

  /** 001: "You might be asked to stop certain supplements": a precaution, the dated pause does the rest. */
  @Test
  void bloodThinningSupplement_001_isAPrecaution() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .medications(List.of(Medication.ongoing(MedicationKind.BLOOD_THINNING_SUPPLEMENT))).build()));
    assertThat(finding(result, "BLOOD_THINNING_SUPPLEMENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(finding(result, "BLOOD_THINNING_SUPPLEMENT").source()).isEqualTo("001_b38aff59189dd747.txt");
  }

  /** Regimen default: a recent scar is still healing skin; the area waits, the others are planned. */
  @Test
  void recentScar_regimenDefault_leavesItsAreaOut() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .areaFindings(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.RECENT_SCAR))).build(),
        BodyArea.ABDOMEN, BodyArea.THIGHS));
    assertThat(finding(result, "RECENT_SCAR").area()).contains(BodyArea.THIGHS);
    assertThat(result.remainingAreas()).containsExactly(BodyArea.ABDOMEN);
  }

  /** NCT03807986 "active infection": a cold sore beside facial work is not another area. */
  @Test
  void coldSoreOnTheFace_withTheNeckTreated_defersTheWholePatient() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .areaFindings(List.of(AreaFinding.of(BodyArea.FACE, AreaCondition.ACTIVE_INFECTION))).build(),
        BodyArea.NECK));
    assertThat(codes(result)).containsExactly("ACTIVE_INFECTION_FACIAL_WORK");
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.sessionsAllowed()).isFalse();
  }

  @Test
  void coldSoreOnTheFace_withOnlyBodyWork_isLeftToTheAreaRule() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .areaFindings(List.of(AreaFinding.of(BodyArea.FACE, AreaCondition.ACTIVE_INFECTION))).build(),
        BodyArea.ABDOMEN));
    assertThat(result.eligibility().findings()).isEmpty();
  }

  /** Regimen default: a result on file is judged even when the therapy requires no test. */
  @Test
  void positiveOrAbnormalResultOnFile_isClearedByAPhysician_cleanOneIsNot() {
    ScreeningResult positive = screenWithBaseline(request(knownHealthy()
        .addLabResults(LabResult.of(LabTest.HIV, LabOutcome.POSITIVE, AS_OF.minusDays(40))).build()));
    assertThat(finding(positive, "LAB_RESULT_ON_FILE").severity()).isEqualTo(FindingSeverity.RELATIVE);
    ScreeningResult abnormalCount = screenWithBaseline(request(knownHealthy()
        .addLabResults(LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.ABNORMAL, AS_OF)).build()));
    assertThat(codes(abnormalCount)).containsExactly("LAB_RESULT_ON_FILE");
    ScreeningResult negativeSince = screenWithBaseline(request(knownHealthy()
        .addLabResults(LabResult.of(LabTest.HIV, LabOutcome.POSITIVE, AS_OF.minusDays(40)))
        .addLabResults(LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.minusDays(2))).build()));
    assertThat(negativeSince.eligibility().findings()).as("the latest result is read").isEmpty();
  }
}
