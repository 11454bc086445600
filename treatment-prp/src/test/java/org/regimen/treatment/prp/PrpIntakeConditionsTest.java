package org.regimen.treatment.prp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.prp.PrpPatients.eligiblePatient;
import static org.regimen.treatment.prp.PrpPatients.plan;
import static org.regimen.treatment.prp.PrpPatients.stretchMarks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;

/** Issue 12: the conditions of a clinic's intake, with status, as PRP judges them. */
class PrpIntakeConditionsTest {
  private static final String DHURAT = "Dhurat R, Sukesh M.";

  private static TreatmentPlan planFor(Condition condition, ConditionStatus status) {
    var patient = eligiblePatient().conditions(List.of(condition));
    if (status != null) {
      patient.conditionDetails(List.of(ConditionDetail.of(condition, status)));
    }
    return plan(stretchMarks().patient(patient.build()));
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code));
  }

  // Dhurat & Sukesh 2014: "Relative contraindications: cancer, especially hematopoietic or of bone",
  // with no exception for a past cancer; PRP concentrates growth factors.
  @Test
  void aResolvedCancer_dhurat2014_stillNeedsTheTreatingPhysician() {
    TreatmentPlan plan = planFor(Condition.CANCER, ConditionStatus.RESOLVED);
    Finding history = finding(plan, "CANCER_HISTORY");
    assertThat(history.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(history.source()).startsWith(DHURAT);
    assertThat(history.patientMessage()).isEmpty(); // discussed in person
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // Dhurat & Sukesh 2014: critical thrombocytopenia absolute; platelets below 10^5/ul and
  // haemoglobin below 10 g/dl relative.
  @Test
  void thrombocytopeniaAndAnaemia_dhurat2014_needAPhysicianWithAValue() {
    for (Condition c : List.of(Condition.THROMBOCYTOPENIA, Condition.ANAEMIA)) {
      Finding f = finding(planFor(c, null), c.name());
      assertThat(f.severity()).as("%s", c).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(f.source()).as("%s", c).startsWith(DHURAT);
    }
  }

  // 003: good candidates "Do not have any active skin infections or conditions": a quiet psoriasis
  // is not active, so the Koebner risk (Sagi & Trau 2011) is a precaution.
  @Test
  void quietPsoriasis_isAPrecaution_activeNeedsClearance() {
    assertThat(planFor(Condition.PSORIASIS, ConditionStatus.IN_REMISSION).eligibility().status())
        .isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(planFor(Condition.PSORIASIS, null).eligibility().status())
        .isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // WHO 2010, guidelines on drawing blood: every PRP session starts with a blood draw.
  @Test
  void faintingAtABloodDraw_isAPrecautionForTheDraw() {
    TreatmentPlan plan = planFor(Condition.FAINTING_AT_BLOOD_DRAW, null);
    assertThat(finding(plan, "FAINTING_AT_BLOOD_DRAW").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.sessions()).isNotEmpty();
  }

  // WHO 2022: the postnatal period lasts six weeks (42 days) after the birth; post-partum stretch
  // marks are treated after it.
  @Test
  void aRecentDelivery_defersToTheEndOfThePostnatalPeriod_who2022() {
    TreatmentPlan plan = plan(stretchMarks().patient(eligiblePatient()
        .reproductive(org.regimen.request.Reproductive.builder().deliveredOn(PrpPatients.AS_OF.minusDays(14)).build())
        .build()));
    assertThat(finding(plan, "POSTPARTUM").until()).contains(PrpPatients.AS_OF.plusDays(27));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.date()).isAfter(PrpPatients.AS_OF.plusDays(27)));
  }

  /** Regimen default: trying to conceive defers elective injections (a pregnancy shows only later). */
  @Test
  void tryingToConceive_defersElectiveInjections() {
    TreatmentPlan plan = plan(stretchMarks().patient(eligiblePatient()
        .reproductive(org.regimen.request.Reproductive.builder().tryingToConceive(true).build())
        .build()));
    assertThat(finding(plan, "TRYING_TO_CONCEIVE").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.sessions()).isEmpty();
  }
}
