package org.regimen.treatment.prp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.prp.PrpPatients.AS_OF;
import static org.regimen.treatment.prp.PrpPatients.eligiblePatient;
import static org.regimen.treatment.prp.PrpPatients.plan;
import static org.regimen.treatment.prp.PrpPatients.skinTightening;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Procedure;
import org.regimen.request.ProcedureKind;

/** Issue 12: procedures, skin findings and measured blood values of an intake, as PRP judges them. */
class PrpIntakeProceduresSkinLabsTest {
  private static final String W003 = "Do not have any active skin infections or conditions.";

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code));
  }

  private static TreatmentPlan face(AreaCondition c, BodyArea where) {
    return plan(skinTightening(BodyArea.FACE, BodyArea.NECK)
        .patient(eligiblePatient().areaFindings(List.of(AreaFinding.of(where, c))).build()));
  }

  // 003: "Do not have any active skin infections or conditions."
  @Test
  void sunburnActiveAcneAndRosaceaAreActiveSkinConditions_003() {
    for (AreaCondition c : List.of(AreaCondition.SUNBURN, AreaCondition.ACTIVE_ACNE, AreaCondition.ROSACEA)) {
      TreatmentPlan plan = face(c, BodyArea.FACE);
      Finding f = finding(plan, c.name());
      assertThat(f.sourceWords()).as("%s", c).contains(W003);
      assertThat(f.area()).as("%s", c).contains(BodyArea.FACE);
      assertThat(plan.sessions()).as("%s", c).allSatisfy(s -> assertThat(s.areas()).doesNotContain(BodyArea.FACE));
    }
  }

  // 003: any active skin infection, whichever area: a cold sore defers PRP for the whole patient.
  @Test
  void aColdSoreDefersPrpWhereverItIs_003() {
    TreatmentPlan plan = plan(PrpPatients.stretchMarks()
        .patient(eligiblePatient().areaFindings(List.of(AreaFinding.of(BodyArea.FACE, AreaCondition.COLD_SORE))).build()));
    Finding f = finding(plan, "ACTIVE_INFECTION_ANYWHERE");
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.sessions()).isEmpty();
  }

  // Dhurat & Sukesh 2014: "platelet count below 10^5/ul" relative, "critical thrombocytopenia" absolute.
  @Test
  void aLowPlateletCountNeedsAPhysician_dhurat2014() {
    TreatmentPlan plan = plan(PrpPatients.stretchMarks().patient(eligiblePatient()
        .addLabResults(LabResult.measured(LabTest.PLATELET_COUNT, BigDecimal.valueOf(95), AS_OF.minusDays(3))).build()));
    Finding f = finding(plan, "LOW_PLATELET_COUNT");
    assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(f.source()).startsWith("Dhurat R, Sukesh M.");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // regimen-default: 2 weeks after a filler or a neurotoxin in the same area.
  @Test
  void aRecentNeurotoxinInTheFaceDefersSessionOne() {
    TreatmentPlan plan = plan(skinTightening(BodyArea.FACE).patient(eligiblePatient()
        .procedures(List.of(Procedure.of(ProcedureKind.NEUROTOXIN, BodyArea.FACE, AS_OF.minusDays(4)))).build()));
    Finding f = finding(plan, "RECENT_FILLER_OR_NEUROTOXIN");
    assertThat(f.until()).contains(AS_OF.minusDays(4).plusDays(14));
    assertThat(plan.sessions()).isNotEmpty();
    assertThat(plan.sessions().get(0).date()).isAfter(AS_OF.minusDays(4).plusDays(14));
    assertThat(plan.sessions().get(0).areas()).contains(BodyArea.FACE);
  }
}
