package org.regimen.treatment.stemcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.stemcell.Requests.AS_OF;
import static org.regimen.treatment.stemcell.Requests.healthy;
import static org.regimen.treatment.stemcell.Requests.plan;
import static org.regimen.treatment.stemcell.Requests.striae;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Severity;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;

/** The candidate assessment and contraindications of document 001, and the baseline it keeps. */
class StemCellScreeningTest {

  // 001 names no pregnancy rule; a mini-liposuction in pregnancy is unthinkable: the baseline holds.
  @Test
  void aPregnantPatientGetsNoSessions() {
    TreatmentPlan plan = plan(Requests.moderateRecent().patient(healthy().pregnancy(PregnancyStatus.PREGNANT).build()));

    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(finding(plan, "PREGNANCY").severity()).isEqualTo(FindingSeverity.TEMPORARY);
  }

  @Test
  void aBreastfeedingPatientGetsNoSessions() {
    TreatmentPlan plan =
        plan(Requests.moderateRecent().patient(healthy().pregnancy(PregnancyStatus.BREASTFEEDING).build()));

    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.eligibility().findings()).extracting(Finding::code).contains("BREASTFEEDING");
  }

  @Test
  void aMinorIsIneligible() {
    TreatmentPlan plan = plan(Requests.moderateRecent().patient(healthy().birthDate(LocalDate.of(2010, 1, 1)).build()));

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(plan.sessions()).isEmpty();
  }

  // 001: "Generally, individuals in good health ... are excellent candidates": no harvest and no
  // injection during an active infection.
  @Test
  void anActiveInfectionDefersTheCourseWithNoSessions() {
    TreatmentPlan plan = withConditions(Condition.INFECTION);

    assertThat(finding(plan, "INFECTION").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isEmpty();
  }

  // 001: "without underlying skin conditions or immune system disorders"
  @Test
  void anUnderlyingSkinConditionNeedsClearance() {
    TreatmentPlan plan = withConditions(Condition.SKIN_CONDITION);

    assertThat(finding(plan, "SKIN_CONDITION").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(plan.sessions()).isNotEmpty().allMatch(Session::tentative);
  }

  // 001: "without underlying skin conditions or immune system disorders"
  @Test
  void anImmuneDisorderOrWeakImmunityNeedsClearance() {
    for (Condition condition : List.of(Condition.IMMUNE_DISORDER, Condition.WEAK_IMMUNITY)) {
      TreatmentPlan plan = withConditions(condition);

      assertThat(finding(plan, "WEAK_IMMUNITY").severity()).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
      assertThat(plan.sessions()).allMatch(Session::tentative);
    }
  }

  // 001: "Generally, individuals in good health"
  @Test
  void unstableHealthNeedsClearance() {
    assertThat(finding(withConditions(Condition.UNSTABLE_HEALTH), "UNSTABLE_HEALTH").severity())
        .isEqualTo(FindingSeverity.RELATIVE);
  }

  @Test
  void anImmunosuppressantNeedsClearance() {
    TreatmentPlan plan = withMedications(Medication.ongoing(MedicationKind.IMMUNOSUPPRESSANT));

    assertThat(finding(plan, "IMMUNOSUPPRESSANT_THERAPY").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(finding(plan, "IMMUNOSUPPRESSANT_THERAPY").action()).contains("keeps taking it as prescribed");
  }

  // 001: "stretch marks that have become more indented, deep, or severe over time may not see as
  // dramatic results": a precaution with its reason, not a contraindication; "More severe and older
  // stretch marks may require more sessions": 3.
  @Test
  void severeMarksAreAPrecautionWithThreeSessions() {
    TreatmentPlan plan = plan(Requests.moderateRecent().striae(striae(StriaeStage.RUBRA, 5, Severity.SEVERE)));

    Finding severe = finding(plan, "SEVERE_STRIAE");
    assertThat(severe.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(severe.message()).contains("less dramatic");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.sessions()).hasSize(3).noneMatch(Session::tentative);
  }

  // 001: "as stem cell therapy works best on younger scars": white marks are mature scars.
  @Test
  void whiteMatureMarksAreAPrecautionWithThreeSessions() {
    TreatmentPlan plan = plan(Requests.moderateRecent().striae(striae(StriaeStage.ALBA, 5, Severity.MODERATE)));

    assertThat(finding(plan, "MATURE_STRIAE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.sessions()).hasSize(3);
  }

  // 001: "mild to moderate stretch marks that are relatively recent": older than 12 months is old.
  @Test
  void marksOlderThanTwelveMonthsAreAPrecautionWithThreeSessions() {
    TreatmentPlan old = plan(Requests.moderateRecent().striae(striae(StriaeStage.RUBRA, 13, Severity.MODERATE)));
    TreatmentPlan year = plan(Requests.moderateRecent().striae(striae(StriaeStage.RUBRA, 12, Severity.MODERATE)));

    assertThat(finding(old, "OLD_STRIAE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(old.sessions()).hasSize(3);
    assertThat(year.eligibility().findings()).isEmpty();
    assertThat(year.sessions()).hasSize(2);
  }

  // 001: "some patients see noticeable results after one session": still at least 2 are planned.
  @Test
  void mildRecentMarksGetTwoSessions() {
    TreatmentPlan plan = plan(Requests.moderateRecent().striae(striae(StriaeStage.RUBRA, 2, Severity.MILD)));

    assertThat(plan.sessions()).hasSize(2);
    assertThat(plan.notes()).anyMatch(n -> n.contains("after one session"));
  }

  // Unknown is never "no": an unassessed patient is planned like a moderate one, with a precaution.
  @Test
  void anUnknownAssessmentAsksToConfirmIt() {
    TreatmentPlan plan = plan(Requests.moderateRecent().striae(StriaeAssessment.builder().build()));

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.eligibility().findings()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(FindingSeverity.PRECAUTION));
    assertThat(plan.sessions()).hasSize(2);
  }

  // 001: "You might be asked to stop certain supplements or blood-thinning medications a week or two
  // before the procedure": deliberately never passed on for a prescribed blood thinner.
  @Test
  void aPrescribedAnticoagulantNeedsThePrescriberAndHoldsSessionsTwoWeeks() {
    for (MedicationKind kind : List.of(MedicationKind.ANTICOAGULANT, MedicationKind.ANTIPLATELET)) {
      TreatmentPlan plan = withMedications(Medication.ongoing(kind));

      // One finding for the prescriber (the baseline's ANTICOAGULANT_THERAPY is restated by this
      // protocol's rule), with no date: a date next to "keep taking it" reads as "until then".
      assertThat(plan.eligibility().findings()).extracting(Finding::code)
          .doesNotContain("ANTICOAGULANT_THERAPY").containsOnlyOnce("PRESCRIBED_BLOOD_THINNER");
      Finding hold = finding(plan, "PRESCRIBED_BLOOD_THINNER");
      assertThat(hold.severity()).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(hold.until()).isEmpty();
      assertThat(hold.message()).contains("keeps taking it exactly as prescribed", "prescriber");
      assertThat(hold.patientMessage().orElseThrow()).contains("Keep taking it exactly as prescribed");
      assertThat(plan.eligibility().earliestStart().orElseThrow()).isAfterOrEqualTo(AS_OF.plusDays(14));
      assertThat(hold.action()).contains("prescriber");
      assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
      assertThat(plan.sessions()).isNotEmpty().allMatch(Session::tentative);
      assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(AS_OF.plusDays(14));
      assertThat(PlanTexts.all(plan)).noneMatch(PlanTexts::tellsToStopAPrescribedMedicine);
    }
  }

  // The hold counts from asOf even when the patient could only come later: the later day wins.
  @Test
  void theBloodThinnerHoldNeverPullsSessionOneEarlier() {
    LocalDate later = AS_OF.plusDays(30);
    TreatmentPlan plan = plan(Requests.moderateRecent().earliestStart(later)
        .patient(healthy().medications(List.of(Medication.ongoing(MedicationKind.ANTICOAGULANT))).build()));

    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(later);
  }

  @Test
  void aBloodThinningSupplementIsAPrecautionWithTheDatedStop() {
    TreatmentPlan plan = withMedications(Medication.ongoing(MedicationKind.BLOOD_THINNING_SUPPLEMENT));

    assertThat(finding(plan, "BLOOD_THINNING_SUPPLEMENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.sessions().get(0).before()).anyMatch(i -> i.code().equals("STOP_BLOOD_THINNING_SUPPLEMENTS"));
  }

  // When the abdomen and the flanks are both treated, no usual harvest site is left.
  @Test
  void noFreeHarvestSiteAsksThePractitionerToChooseAnother() {
    TreatmentPlan plan = plan(Requests.moderateRecent(BodyArea.ABDOMEN, BodyArea.FLANKS));

    Finding unavailable = finding(plan, "HARVEST_SITE_UNAVAILABLE");
    assertThat(unavailable.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(unavailable.area()).isEmpty();
    assertThat(unavailable.action()).contains("another donor site");
    assertThat(unavailable.source()).isEqualTo("001_b38aff59189dd747.txt");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.harvestSite()).isEmpty();
      assertThat(s.tentative()).isTrue();
    });
  }

  // A usual site with an infection of its own is not free either, treated or not.
  @Test
  void anInfectedHarvestSiteIsNotUsed() {
    TreatmentPlan flanksInfected = plan(Requests.moderateRecent(BodyArea.ABDOMEN)
        .patient(healthy().areaFindings(List.of(AreaFinding.of(BodyArea.FLANKS, AreaCondition.ACTIVE_INFECTION))).build()));
    TreatmentPlan abdomenInfected = plan(Requests.moderateRecent(BodyArea.THIGHS)
        .patient(healthy().areaFindings(List.of(AreaFinding.of(BodyArea.ABDOMEN, AreaCondition.ACTIVE_INFECTION))).build()));

    assertThat(flanksInfected.eligibility().findings()).extracting(Finding::code).contains("HARVEST_SITE_UNAVAILABLE");
    assertThat(flanksInfected.sessions()).allSatisfy(s -> assertThat(s.harvestSite()).isEmpty());
    assertThat(abdomenInfected.eligibility().findings()).extracting(Finding::code).doesNotContain("HARVEST_SITE_UNAVAILABLE");
    assertThat(abdomenInfected.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.harvestSite()).contains(BodyArea.FLANKS));
  }

  private static TreatmentPlan withConditions(Condition... conditions) {
    return plan(Requests.moderateRecent().patient(healthy().conditions(List.of(conditions)).build()));
  }

  private static TreatmentPlan withMedications(Medication... medications) {
    return plan(Requests.moderateRecent().patient(healthy().medications(List.of(medications)).build()));
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    Optional<Finding> found = plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst();
    return found.orElseThrow(() -> new AssertionError("no finding " + code + " in " + plan.eligibility().findings()));
  }
}
