package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.codes;
import static org.regimen.treatment.plasma.PlasmaRequest.finding;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;

/** Issue 12: the cycle pattern and reproductive facts in plasma therapy (004: "Menstruation."). */
class PlasmaIntakeReproductiveTest {

  /** A 62-year-old after menopause is not asked to confirm she is not menstruating. */
  @Test
  void noCycle_removesTheCycleQuestions() {
    TreatmentPlan plan = healthy()
        .patient("birthDate", "\"1964-10-01\"")
        .patient("menstruation", "{\"cycle\": \"NONE\"}")
        .plan();
    assertThat(codes(plan)).doesNotContain("UNCONFIRMED_MENSTRUAL_CYCLE", "IRREGULAR_CYCLE", "MENSTRUATION");
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.notes()).noneMatch(n -> n.contains("menstruating")));
  }

  /** An irregular cycle keeps "confirm on the day", without predictions. */
  @Test
  void irregularCycle_confirmsOnTheDayWithoutPredictions() {
    TreatmentPlan plan = healthy().patient("menstruation", "{\"cycle\": \"IRREGULAR\"}").plan();
    assertThat(finding(plan, "IRREGULAR_CYCLE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(finding(plan, "IRREGULAR_CYCLE").patientMessage().orElseThrow()).contains("on the day of each session");
    assertThat(finding(plan, "IRREGULAR_CYCLE").source()).isEqualTo("004_1a51e8a62b495aeb.txt");
  }

  // WHO 2022: the postnatal period extends up to six weeks (42 days) after the birth.
  @Test
  void aRecentDelivery_defersToTheEndOfThePostnatalPeriod() {
    TreatmentPlan plan = healthy().patient("reproductive", "{\"deliveredOn\": \"2026-12-20\"}").plan();
    assertThat(finding(plan, "POSTPARTUM").until()).contains(LocalDate.of(2027, 1, 30));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.date()).isAfter(LocalDate.of(2027, 1, 30)));
  }

  @Test
  void tryingToConceive_defersWithNoSessions() {
    TreatmentPlan plan = healthy().patient("reproductive", "{\"tryingToConceive\": true}").plan();
    assertThat(finding(plan, "TRYING_TO_CONCEIVE").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.sessions()).isEmpty();
  }

  /** A man is never asked to confirm pregnancy or his cycle. */
  @Test
  void aMan_isNeverAskedAboutPregnancyOrACycle() {
    TreatmentPlan plan = healthy().patient("sex", "\"MALE\"").unknown("pregnancy").unknown("menstruation").plan();
    assertThat(codes(plan)).doesNotContain("UNCONFIRMED_PREGNANCY_STATUS", "UNCONFIRMED_MENSTRUAL_CYCLE");
  }
}
