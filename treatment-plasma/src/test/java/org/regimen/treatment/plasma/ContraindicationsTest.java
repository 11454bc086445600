package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.codes;
import static org.regimen.treatment.plasma.PlasmaRequest.finding;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;

/**
 * The twelve contraindications of 004, lines 78 to 91: "The procedure is not carried out in such
 * cases:". Each is reached from request JSON and gives its stable finding code. Absolute ones give
 * no plan; temporary ones (menstruation, antibiotics, other infections, pregnancy and breastfeeding)
 * give no session while they last.
 */
class ContraindicationsTest {
  private static final String SOURCE = "004_1a51e8a62b495aeb.txt";

  @Test
  void aKnownHealthyPatientIsEligible() {
    TreatmentPlan plan = healthy().plan();
    assertThat(plan.eligibility().status()).as("findings %s", codes(plan)).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.sessions()).isNotEmpty();
  }

  /** 004 line 80 "1. Blood disorders.": both codes of the request, both absolute. */
  @ParameterizedTest
  @CsvSource({"BLOOD_DISORDER", "BLEEDING_DISORDER"})
  void line80BloodDisordersRuleTheTreatmentOut(String condition) {
    TreatmentPlan plan = healthy().patient("conditions", "[\"" + condition + "\"]").plan();
    assertRuledOut(plan, condition, "Blood disorders.");
  }

  @Test
  void line80TheStrengthenedBaselineBleedingRuleNoLongerAsksForClearance() {
    Finding f = finding(healthy().patient("conditions", "[\"BLEEDING_DISORDER\"]").plan(), "BLEEDING_DISORDER");
    assertThat(f.action()).doesNotContainIgnoringCase("clears");
  }

  @Test
  void line81OncologyRulesTheTreatmentOut() {
    assertRuledOut(healthy().patient("conditions", "[\"CANCER\"]").plan(), "CANCER", "Oncology.");
  }

  @Test
  void line82HepatitisRulesTheTreatmentOut() {
    assertRuledOut(healthy().patient("conditions", "[\"HEPATITIS\"]").plan(), "HEPATITIS", "Hepatitis.");
  }

  /** 004 line 83 "4. Weak immunity.": weak immunity, an immune disorder, or an immunosuppressant. */
  @ParameterizedTest
  @CsvSource({"WEAK_IMMUNITY", "IMMUNE_DISORDER"})
  void line83WeakImmunityRulesTheTreatmentOut(String condition) {
    assertRuledOut(
        healthy().patient("conditions", "[\"" + condition + "\"]").plan(), "WEAK_IMMUNITY", "Weak immunity.");
  }

  @Test
  void line83AnImmunosuppressantMeansWeakImmunity() {
    TreatmentPlan plan = healthy().patient("medications", "[{\"kind\": \"IMMUNOSUPPRESSANT\"}]").plan();
    assertRuledOut(plan, "IMMUNOSUPPRESSANT_THERAPY", "Weak immunity.");
    assertThat(finding(plan, "IMMUNOSUPPRESSANT_THERAPY").action()).contains("keeps taking");
  }

  /** 004 line 84 "5. Menstruation.": every session avoids the predicted period days. */
  @Test
  void line84NoSessionFallsOnAPredictedPeriodDay() {
    TreatmentPlan plan =
        healthy()
            .set("indication", "\"STRETCH_MARKS\"")
            .set("striae", "{\"severity\": \"SEVERE\"}")
            .set("areas", "[\"ABDOMEN\"]")
            .plan();
    assertThat(plan.sessions()).hasSize(12);
    // cycle of the healthy patient: 5 period days from 2027-01-01, every 28 days
    assertThat(plan.sessions())
        .allSatisfy(s -> assertThat(periodDay(s.date())).as("session %s on %s", s.number(), s.date()).isFalse());
  }

  @Test
  void line84SessionsNearAPredictedPeriodAreConfirmedOnTheDay() {
    TreatmentPlan plan =
        healthy()
            .set("indication", "\"STRETCH_MARKS\"")
            .set("striae", "{\"severity\": \"SEVERE\"}")
            .set("areas", "[\"ABDOMEN\"]")
            .plan();
    assertThat(plan.sessions())
        .filteredOn(s -> periodDay(s.date().minusDays(1)) || periodDay(s.date().plusDays(1)))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.notes()).anyMatch(n -> n.contains("confirm on the day")));
  }

  @Test
  void line84WithoutCycleDataTheClinicConfirmsOnTheDay() {
    TreatmentPlan plan = healthy().unknown("menstruation").plan();
    Finding f = finding(plan, "UNCONFIRMED_MENSTRUAL_CYCLE");
    assertThat(f.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(f.sourceWords()).isEqualTo("Menstruation.");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
  }

  @Test
  void line84AMalePatientNeedsNoCycleData() {
    TreatmentPlan plan = healthy().patient("sex", "\"MALE\"").unknown("menstruation").plan();
    assertThat(codes(plan)).doesNotContain("UNCONFIRMED_MENSTRUAL_CYCLE");
  }

  /** 004 line 85 "6. Taking antibiotics.": waited out, never interrupted. */
  @Test
  void line85AnAntibioticCourseDefersSessionOneToTheDayAfterItsLastDay() {
    TreatmentPlan plan =
        healthy().patient("medications", "[{\"kind\": \"ANTIBIOTIC\", \"until\": \"2027-02-10\"}]").plan();
    Finding f = finding(plan, "ANTIBIOTIC_COURSE");
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(f.until()).contains(LocalDate.parse("2027-02-10"));
    assertThat(f.sourceWords()).isEqualTo("Taking antibiotics.");
    assertThat(f.action()).contains("Do not interrupt");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.eligibility().earliestStart()).contains(LocalDate.parse("2027-02-11"));
    assertThat(plan.sessions().get(0).date()).isAfter(LocalDate.parse("2027-02-10"));
  }

  @Test
  void line85AnOngoingAntibioticCourseGivesNoSessions() {
    TreatmentPlan plan = healthy().patient("medications", "[{\"kind\": \"ANTIBIOTIC\"}]").plan();
    assertThat(finding(plan, "ANTIBIOTIC_COURSE").until()).isEmpty();
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.eligibility().earliestStart()).isEmpty();
    assertThat(plan.sessions()).isEmpty();
  }

  @Test
  void line86SugarInTheBloodRulesTheTreatmentOut() {
    assertRuledOut(
        healthy().patient("conditions", "[\"DIABETES\"]").plan(), "DIABETES", "The presence of sugar in the blood.");
  }

  @Test
  void line87PhlebeurysmRulesTheTreatmentOut() {
    assertRuledOut(healthy().patient("conditions", "[\"VARICOSE_VEINS\"]").plan(), "VARICOSE_VEINS", "Phlebeurysm.");
  }

  /** 004 line 88 "9. Other types of infections.": temporary with no known end, so no sessions. */
  @Test
  void line88AnInfectionGivesNoSessionsWhileItLasts() {
    TreatmentPlan plan = healthy().patient("conditions", "[\"INFECTION\"]").plan();
    Finding f = finding(plan, "INFECTION");
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(f.until()).isEmpty();
    assertThat(f.sourceWords()).isEqualTo("Other types of infections.");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isEmpty();
  }

  /**
   * 004 line 88 "9. Other types of infections.": an active infection in any body area, requested or
   * not, rules plasma therapy out while it lasts; it does not merely leave that area out.
   */
  @ParameterizedTest
  @CsvSource({"FACE", "ABDOMEN"})
  void line88AnInfectionInAnyAreaGivesNoSessionsWhileItLasts(String area) {
    TreatmentPlan plan =
        healthy()
            .patient("areaFindings", "[{\"area\": \"" + area + "\", \"finding\": \"ACTIVE_INFECTION\"}]")
            .plan();
    Finding f = finding(plan, "INFECTION_IN_AN_AREA");
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(f.area()).isEmpty();
    assertThat(f.sourceWords()).isEqualTo("Other types of infections.");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isEmpty();
  }

  /** 004 line 89 "10. Cardiovascular diseases, liver and kidney dysfunction.": three codes. */
  @ParameterizedTest
  @CsvSource({"CARDIOVASCULAR_DISEASE", "LIVER_DYSFUNCTION", "KIDNEY_DYSFUNCTION"})
  void line89HeartLiverAndKidneyDiseaseRuleTheTreatmentOut(String condition) {
    assertRuledOut(
        healthy().patient("conditions", "[\"" + condition + "\"]").plan(),
        condition,
        "Cardiovascular diseases, liver and kidney dysfunction.");
  }

  /** 004 line 90 "11. Pregnancy and breast feeding period.": no known end, so no sessions. */
  @ParameterizedTest
  @CsvSource({"PREGNANT, PREGNANCY", "BREASTFEEDING, BREASTFEEDING"})
  void line90PregnancyAndBreastfeedingGiveNoSessions(String status, String code) {
    TreatmentPlan plan = healthy().patient("pregnancy", "\"" + status + "\"").plan();
    Finding f = finding(plan, code);
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(f.until()).isEmpty();
    assertThat(f.source()).isEqualTo(SOURCE);
    assertThat(f.sourceWords()).isEqualTo("Pregnancy and breast feeding period.");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.eligibility().earliestStart()).isEmpty();
    assertThat(plan.sessions()).isEmpty();
  }

  /** 004 line 91 "12. All allergic reactions.": any allergy, also one the request calls OTHER. */
  @ParameterizedTest
  @CsvSource({"OTHER", "LOCAL_ANAESTHETIC", "ANTISEPTIC", "LATEX"})
  void line91AnyAllergyRulesTheTreatmentOut(String allergy) {
    TreatmentPlan plan = healthy().patient("allergies", "[\"" + allergy + "\"]").plan();
    assertRuledOut(plan, "ALLERGY", "All allergic reactions.");
    assertThat(plan.eligibility().findings())
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(FindingSeverity.ABSOLUTE));
  }

  @ParameterizedTest
  @CsvSource({"LOCAL_ANAESTHETIC, LOCAL_ANAESTHETIC_ALLERGY", "ANTISEPTIC, ANTISEPTIC_ALLERGY", "LATEX, LATEX_ALLERGY"})
  void line91TheBaselineAllergyRulesAreRaisedToAbsoluteWithMatchingTexts(String allergy, String code) {
    TreatmentPlan plan = healthy().patient("allergies", "[\"" + allergy + "\"]").plan();
    assertRuledOut(plan, code, "All allergic reactions.");
    assertThat(finding(plan, code).action()).isEqualTo("Do not plan sessions.");
  }

  @Test
  void unknownConditionsAreNeverEligible() {
    TreatmentPlan plan = healthy().unknown("conditions").unknown("allergies").unknown("medications").plan();
    assertThat(codes(plan))
        .contains("UNCONFIRMED_CONDITIONS", "UNCONFIRMED_ALLERGIES", "UNCONFIRMED_MEDICATIONS");
    assertThat(plan.eligibility().status()).isNotEqualTo(EligibilityStatus.ELIGIBLE);
  }

  private static void assertRuledOut(TreatmentPlan plan, String code, String words) {
    Finding f = finding(plan, code);
    assertThat(f.severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(f.source()).isEqualTo(SOURCE);
    assertThat(f.sourceWords()).isEqualTo(words);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(plan.sessions()).isEmpty();
  }

  /** The healthy patient's predicted periods: 5 days from 2027-01-01, every 28 days. */
  static boolean periodDay(LocalDate day) {
    long offset = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2027-01-01"), day);
    return Math.floorMod(offset, 28) < 5;
  }
}
