package org.regimen.treatment.stemcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.stemcell.Requests.AS_OF;
import static org.regimen.treatment.stemcell.Requests.healthy;
import static org.regimen.treatment.stemcell.Requests.moderateRecent;
import static org.regimen.treatment.stemcell.Requests.plan;

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

/** Issue 12: procedures, skin findings and measured blood values of an intake, as stem cell therapy judges them. */
class StemCellIntakeProceduresSkinLabsTest {

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code));
  }

  // 001: the cells come "from a small sample of fat tissue from your own body, often from areas like
  // the abdomen or flanks through a mini-liposuction technique": an earlier liposuction anywhere
  // matters for the harvest, years later too.
  @Test
  void anEarlierLiposuctionAnywhereIsAPrecautionForTheHarvest_001() {
    TreatmentPlan plan = plan(moderateRecent().patient(healthy()
        .procedures(List.of(Procedure.of(ProcedureKind.LIPOSUCTION, BodyArea.ABDOMEN, AS_OF.minusYears(3)))).build()).build());
    Finding f = finding(plan, "PREVIOUS_LIPOSUCTION");
    assertThat(f.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(f.source()).startsWith("001");
    assertThat(plan.sessions()).isNotEmpty();
  }

  // regimen-default: surgery or liposuction in the treated area waits 3 months.
  @Test
  void liposuctionInTheTreatedAreaWaitsThreeMonths() {
    TreatmentPlan plan = plan(moderateRecent(BodyArea.THIGHS).patient(healthy()
        .procedures(List.of(Procedure.of(ProcedureKind.LIPOSUCTION, BodyArea.THIGHS, AS_OF.minusDays(20)))).build()).build());
    assertThat(finding(plan, "RECENT_SURGERY").until()).contains(AS_OF.minusDays(20).plusDays(90));
    assertThat(plan.sessions().get(0).date()).isAfter(AS_OF.minusDays(20).plusDays(90));
  }

  // 001: good candidates are "without underlying skin conditions".
  @Test
  void rosaceaInTheAreaNeedsTheConsultation_001() {
    TreatmentPlan plan = plan(moderateRecent(BodyArea.THIGHS, BodyArea.HIPS).patient(healthy()
        .areaFindings(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.ROSACEA))).build()).build());
    Finding f = finding(plan, "ROSACEA");
    assertThat(f.source()).startsWith("001");
    assertThat(f.area()).contains(BodyArea.THIGHS);
  }

  // Gauer & Braun 2012 (baseline): a platelet count below 150 x 10^9/L needs a physician.
  @Test
  void aLowPlateletCountNeedsAPhysician() {
    TreatmentPlan plan = plan(moderateRecent().patient(healthy()
        .addLabResults(LabResult.measured(LabTest.PLATELET_COUNT, BigDecimal.valueOf(120), AS_OF.minusDays(2))).build()).build());
    assertThat(finding(plan, "LOW_PLATELET_COUNT").severity()).isEqualTo(FindingSeverity.RELATIVE);
  }
}
