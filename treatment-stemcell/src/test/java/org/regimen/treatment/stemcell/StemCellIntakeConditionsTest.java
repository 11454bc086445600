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
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;

/** Issue 12: the conditions of a clinic's intake, with status, as stem cell injections judge them. */
class StemCellIntakeConditionsTest {

  private static TreatmentPlan planFor(Condition condition, ConditionStatus status) {
    var patient = healthy().conditions(List.of(condition));
    if (status != null) {
      patient.conditionDetails(List.of(ConditionDetail.of(condition, status)));
    }
    return plan(moderateRecent().patient(patient.build()));
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code));
  }

  // Bertolini et al. 2015: adipose progenitors may promote breast cancer growth and metastasis;
  // the concern is fat grafting in cancer survivors, so a resolved cancer rules it out too.
  @Test
  void aResolvedCancer_bertolini2015_rulesTheHarvestOut() {
    TreatmentPlan plan = planFor(Condition.CANCER, ConditionStatus.RESOLVED);
    assertThat(finding(plan, "CANCER_HISTORY").severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(finding(plan, "CANCER_HISTORY").source()).startsWith("Bertolini F");
    assertThat(plan.sessions()).isEmpty();
  }

  // 001: "individuals in good health, without underlying skin conditions or immune system
  // disorders": a quiet lupus or psoriasis is still one, so a physician clears it.
  @Test
  void quietLupusOrPsoriasis_001_stillNeedsClearance() {
    assertThat(finding(planFor(Condition.LUPUS, ConditionStatus.IN_REMISSION), "CONNECTIVE_TISSUE_DISEASE_QUIET")
            .severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(planFor(Condition.VITILIGO, ConditionStatus.CONTROLLED).eligibility().status())
        .isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(finding(planFor(Condition.AUTOIMMUNE_DISEASE, null), "AUTOIMMUNE_DISEASE").source())
        .isEqualTo("001_b38aff59189dd747.txt");
  }

  // Ogawa 2017: keloids grow from minor wounds; the harvest adds an incision.
  @Test
  void keloidTendency_needsClearance() {
    assertThat(planFor(Condition.KELOID_TENDENCY, null).eligibility().status())
        .isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  // WHO 2022: the postnatal period lasts six weeks (42 days) after the birth; post-partum stretch
  // marks are treated after it.
  @Test
  void aRecentDelivery_defersToTheEndOfThePostnatalPeriod_who2022() {
    TreatmentPlan plan = plan(moderateRecent().patient(healthy()
        .reproductive(org.regimen.request.Reproductive.builder().deliveredOn(Requests.AS_OF.minusDays(14)).build())
        .build()));
    assertThat(finding(plan, "POSTPARTUM").until()).contains(Requests.AS_OF.plusDays(27));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.date()).isAfter(Requests.AS_OF.plusDays(27)));
  }

  /** Regimen default: trying to conceive defers elective injections (a pregnancy shows only later). */
  @Test
  void tryingToConceive_defersElectiveInjections() {
    TreatmentPlan plan = plan(moderateRecent().patient(healthy()
        .reproductive(org.regimen.request.Reproductive.builder().tryingToConceive(true).build())
        .build()));
    assertThat(finding(plan, "TRYING_TO_CONCEIVE").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.sessions()).isEmpty();
  }
}
