package org.regimen.treatment.mesotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.mesotherapy.Requests.AS_OF;
import static org.regimen.treatment.mesotherapy.Requests.base;
import static org.regimen.treatment.mesotherapy.Requests.healthy;
import static org.regimen.treatment.mesotherapy.Requests.plan;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
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

/** Issue 12: procedures, skin findings and measured blood values of an intake, as mesotherapy judges them. */
class MesotherapyIntakeProceduresSkinLabsTest {

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code));
  }

  // 002: the patient "does not present major skin lesions that could impede the effect".
  @Test
  void sunburnLeavesTheAreaOut_002() {
    TreatmentPlan plan = plan(base(BodyArea.ABDOMEN, BodyArea.HIPS).patient(healthy()
        .areaFindings(List.of(AreaFinding.of(BodyArea.ABDOMEN, AreaCondition.SUNBURN))).build()));
    Finding f = finding(plan, "SUNBURN");
    assertThat(f.source()).startsWith("002");
    assertThat(f.area()).contains(BodyArea.ABDOMEN);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.HIPS));
  }

  // 002: "any person who has a stable and healthy health condition"; WHO 2011: below 12 g/dL.
  @Test
  void aLowHaemoglobinNeedsAPhysician_002() {
    TreatmentPlan plan = plan(base().patient(healthy()
        .addLabResults(LabResult.measured(LabTest.HAEMOGLOBIN, new BigDecimal("10.8"), AS_OF.minusDays(2))).build()));
    Finding f = finding(plan, "LOW_HAEMOGLOBIN");
    assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(f.source()).startsWith("002");
  }

  // regimen-default: a tattoo in the area is avoided; a recent peel defers the course.
  @Test
  void aTattooLeavesTheAreaOut_aRecentPeelDefers() {
    TreatmentPlan tattoo = plan(base(BodyArea.ABDOMEN, BodyArea.HIPS).patient(healthy()
        .procedures(List.of(Procedure.of(ProcedureKind.TATTOO, BodyArea.HIPS, AS_OF.minusYears(5)))).build()));
    assertThat(finding(tattoo, "TATTOO_IN_AREA").area()).contains(BodyArea.HIPS);
    TreatmentPlan peel = plan(base().patient(healthy()
        .procedures(List.of(Procedure.of(ProcedureKind.CHEMICAL_PEEL, BodyArea.ABDOMEN, AS_OF.minusDays(3)))).build()));
    assertThat(peel.sessions().get(0).date()).isAfter(AS_OF.minusDays(3).plusDays(28));
  }
}
