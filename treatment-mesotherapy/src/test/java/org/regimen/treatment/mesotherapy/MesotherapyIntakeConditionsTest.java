package org.regimen.treatment.mesotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.mesotherapy.Requests.healthy;
import static org.regimen.treatment.mesotherapy.Requests.plan;
import static org.regimen.treatment.mesotherapy.Requests.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;
import org.regimen.request.StriaeStage;

/** Issue 12: the conditions of a clinic's intake, with status, as mesotherapy judges them. */
class MesotherapyIntakeConditionsTest {

  private static TreatmentPlan planFor(Condition condition, ConditionStatus status, BodyArea... areas) {
    var patient = healthy().conditions(List.of(condition));
    if (status != null) {
      patient.conditionDetails(List.of(ConditionDetail.of(condition, status)));
    }
    return plan(request(StriaeStage.RUBRA, areas).patient(patient.build()));
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code));
  }

  /** Regimen default, cited in the baseline: a cancer recorded as resolved is history. */
  @Test
  void cancer_activeOrInRemissionNeedsThePhysician_resolvedIsAPrecaution() {
    assertThat(planFor(Condition.CANCER, ConditionStatus.IN_REMISSION).eligibility().status())
        .isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(planFor(Condition.CANCER, null).eligibility().status())
        .isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    TreatmentPlan past = planFor(Condition.CANCER, ConditionStatus.RESOLVED);
    assertThat(finding(past, "CANCER_HISTORY").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(finding(past, "CANCER_HISTORY").patientMessage()).isEmpty();
  }

  // 002: "any person who has a stable and healthy health condition"; no blood is drawn, so the
  // fainting precaution is about the injections.
  @Test
  void anaemiaNeedsAPhysician_faintingIsAboutTheNeedles() {
    assertThat(finding(planFor(Condition.ANAEMIA, null), "ANAEMIA").source()).isEqualTo("002_143d3d91613fde99.txt");
    Finding fainting = finding(planFor(Condition.FAINTING_AT_BLOOD_DRAW, null), "FAINTING_AT_BLOOD_DRAW");
    assertThat(fainting.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(fainting.message()).contains("draws no blood");
  }

  // De Boulle & Heydenrych 2015: antiviral prophylaxis before injections around the mouth.
  @Test
  void recurrentHerpes_beforeFacialWork_isAPrecaution() {
    TreatmentPlan plan = planFor(Condition.HERPES_SIMPLEX_RECURRENT, ConditionStatus.ACTIVE, BodyArea.FACE);
    assertThat(finding(plan, "HERPES_SIMPLEX_RECURRENT").action()).contains("antiviral prophylaxis");
  }

  // WHO 2022: the postnatal period lasts six weeks (42 days) after the birth; post-partum stretch
  // marks are treated after it.
  @Test
  void aRecentDelivery_defersToTheEndOfThePostnatalPeriod_who2022() {
    TreatmentPlan plan = plan(request(StriaeStage.RUBRA).patient(healthy()
        .reproductive(org.regimen.request.Reproductive.builder().deliveredOn(Requests.AS_OF.minusDays(14)).build())
        .build()));
    assertThat(finding(plan, "POSTPARTUM").until()).contains(Requests.AS_OF.plusDays(27));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.date()).isAfter(Requests.AS_OF.plusDays(27)));
  }

  /** Regimen default: trying to conceive defers elective injections (a pregnancy shows only later). */
  @Test
  void tryingToConceive_defersElectiveInjections() {
    TreatmentPlan plan = plan(request(StriaeStage.RUBRA).patient(healthy()
        .reproductive(org.regimen.request.Reproductive.builder().tryingToConceive(true).build())
        .build()));
    assertThat(finding(plan, "TRYING_TO_CONCEIVE").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.sessions()).isEmpty();
  }
}
