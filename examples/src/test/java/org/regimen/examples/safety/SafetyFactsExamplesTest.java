package org.regimen.examples.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.handout.Handout;
import org.regimen.json.RegimenJson;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableMedication;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;
import org.regimen.request.TreatmentRequest;

/**
 * One example per symptom of issue 10 in screening's input and engine half (design.md,
 * "Screening"), on the installed therapies: unknowns that gate, facts checked for sense, the single
 * dateless blood-thinner finding, and texts for the right reader.
 */
class SafetyFactsExamplesTest {
  private static final Regimen REGIMEN = Regimen.load();
  private static final RegimenJson JSON = RegimenJson.create();
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);

  /** A 32-year-old of whom everything is known and nothing is wrong, with 004's tests on file. */
  private static ImmutablePatientProfile.Builder healthy() {
    LocalDate taken = AS_OF.minusDays(10);
    return PatientProfile.builder()
        .birthDate(LocalDate.of(1994, 5, 2))
        .sex(Sex.FEMALE)
        .pregnancy(PregnancyStatus.NONE)
        .conditions(List.of())
        .medications(List.of())
        .allergies(List.of())
        .areaFindings(List.of())
        .procedures(List.of())
        .reproductive(Reproductive.builder().tryingToConceive(false).build())
        .menstruation(MenstrualCycle.builder().lastStart(AS_OF.minusDays(2)).cycleDays(28).periodDays(5).build())
        .addLabResults(
            LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, taken),
            LabResult.of(LabTest.HEPATITIS, LabOutcome.NEGATIVE, taken),
            LabResult.of(LabTest.SYPHILIS, LabOutcome.NEGATIVE, taken),
            LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.NORMAL, taken),
            LabResult.of(LabTest.BLOOD_BIOCHEMISTRY, LabOutcome.NORMAL, taken));
  }

  private static TreatmentRequest request(String treatment, PatientProfile patient) {
    return request(treatment, patient, Optional.empty());
  }

  private static TreatmentRequest request(String treatment, PatientProfile patient, Optional<LocalDate> start) {
    Indication indication = treatment.equals("plasma") ? Indication.FINE_LINES_AND_WRINKLES : Indication.STRETCH_MARKS;
    BodyArea area = treatment.equals("plasma") ? BodyArea.FACE : BodyArea.ABDOMEN;
    return TreatmentRequest.builder()
        .asOf(AS_OF)
        .treatment(treatment)
        .indication(indication)
        .addAreas(area)
        .earliestStart(start)
        .patient(patient)
        .build();
  }

  private static TreatmentPlan plan(String treatment, UnaryOperator<ImmutablePatientProfile.Builder> change) {
    return REGIMEN.plan(request(treatment, change.apply(healthy()).build()));
  }

  private static List<String> codes(TreatmentPlan plan) {
    return plan.eligibility().findings().stream().map(Finding::code).toList();
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + codes(plan)));
  }

  private static String handout(TreatmentPlan plan) {
    return Handout.markdown(plan, Optional.empty());
  }

  /** The handout's "Before we start": where findings reach the patient. */
  private static String beforeWeStart(TreatmentPlan plan) {
    String handout = handout(plan);
    int from = handout.indexOf("## Before we start");
    if (from < 0) {
      return "";
    }
    int to = handout.indexOf("\n## ", from + 1);
    return to < 0 ? handout.substring(from) : handout.substring(from, to);
  }

  private static void assertGated(TreatmentPlan plan) {
    assertThat(plan.eligibility().status()).isIn(EligibilityStatus.REQUIRES_CLEARANCE, EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isNotEmpty().allMatch(Session::tentative);
    assertThat(handout(plan)).doesNotContain("You can go ahead");
  }

  // Unknowns that gate (design.md, "Unknown is never 'no'").

  /** 003: "Are not pregnant or breastfeeding." Not knowing is not "no": a gate, not a footnote. */
  @Test
  void unknownPregnancyStatusNeedsClearanceWithTentativeSessions() {
    for (String treatment : List.of("prp", "stemcell", "mesotherapy")) {
      TreatmentPlan plan = plan(treatment, p -> p.pregnancy(PregnancyStatus.UNKNOWN));
      assertGated(plan);
      Finding unknown = finding(plan, "UNCONFIRMED_PREGNANCY_STATUS");
      assertThat(unknown.severity()).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(unknown.action()).contains("pregnant");
      assertThat(handout(plan)).contains(unknown.patientMessage().orElseThrow());
    }
  }

  /**
   * Regimen defaults in the baseline (fillers and neurotoxins 2 weeks, lasers, peels and threads 4
   * weeks, surgery 3 months, all TEMPORARY): procedures not recorded are asked, a gate, not a footnote.
   */
  @Test
  void unknownProceduresNeedClearanceWithTentativeSessions() {
    for (String treatment : List.of("prp", "stemcell", "mesotherapy", "plasma")) {
      TreatmentPlan plan = plan(treatment, p -> p.procedures(Optional.empty()));
      assertGated(plan);
      Finding unknown = finding(plan, "UNCONFIRMED_PROCEDURES");
      assertThat(unknown.severity()).as(treatment).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(handout(plan)).contains(unknown.patientMessage().orElseThrow());
      assertThat(codes(plan(treatment, p -> p.procedures(List.of())))).as(treatment)
          .doesNotContain("UNCONFIRMED_PROCEDURES");
    }
  }

  /**
   * TRYING_TO_CONCEIVE (Regimen default after 003 "Are not pregnant or breastfeeding.") and
   * POSTPARTUM (WHO 2022, 42 days), both TEMPORARY: not knowing is a gate for any patient not
   * recorded as male.
   */
  @Test
  void unknownReproductiveFactsNeedClearanceWithTentativeSessions_neverForAMan() {
    for (String treatment : List.of("prp", "stemcell", "mesotherapy", "plasma")) {
      TreatmentPlan plan = plan(treatment, p -> p.reproductive(Optional.empty()));
      assertGated(plan);
      Finding unknown = finding(plan, "UNCONFIRMED_REPRODUCTIVE");
      assertThat(unknown.severity()).as(treatment).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(handout(plan)).contains(unknown.patientMessage().orElseThrow());
      TreatmentPlan man = plan(treatment,
          p -> p.sex(Sex.MALE).menstruation(Optional.empty()).reproductive(Optional.empty()));
      assertThat(codes(man)).as(treatment).doesNotContain("UNCONFIRMED_REPRODUCTIVE");
      assertThat(beforeWeStart(man).toLowerCase()).doesNotContain("pregnant").doesNotContain("given birth");
    }
  }

  @Test
  void aPatientWhoseHistoryIsEntirelyUnknownIsNeverPlainlyEligible() {
    PatientProfile nothing = PatientProfile.builder().build();
    for (String treatment : List.of("prp", "stemcell", "mesotherapy", "plasma")) {
      TreatmentPlan plan = REGIMEN.plan(request(treatment, nothing));
      assertThat(plan.eligibility().status()).as(treatment)
          .isNotIn(EligibilityStatus.ELIGIBLE, EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
      assertThat(plan.sessions()).as(treatment).allMatch(Session::tentative);
      assertThat(codes(plan)).as(treatment).contains(
          "UNCONFIRMED_PREGNANCY_STATUS", "UNCONFIRMED_CONDITIONS", "UNCONFIRMED_MEDICATIONS", "UNCONFIRMED_AGE",
          "UNCONFIRMED_PROCEDURES", "UNCONFIRMED_REPRODUCTIVE");
      assertThat(handout(plan)).doesNotContain("You can go ahead");
    }
  }

  // Facts checked for sense (contract.md, "Additions").

  private static List<Problem> problems(String patient) {
    String json = "{\"asOf\": \"2027-01-05\", \"treatment\": \"plasma\", \"indication\": \"FINE_LINES_AND_WRINKLES\","
        + " \"areas\": [\"FACE\"], \"patient\": " + patient + "}";
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(json));
    assertThat(e).as("expected a rejection of %s", patient).isNotNull();
    return e.problems();
  }

  @Test
  void anInfectionMarkerIsNeverNormalOrAbnormal() {
    for (String outcome : List.of("ABNORMAL", "NORMAL")) {
      assertThat(problems("{\"labResults\": [{\"test\": \"HIV\", \"result\": \"" + outcome + "\", \"date\": \"2026-12-20\"}]}"))
          .containsExactly(Problem.of("patient.labResults[0].result", "must be one of NEGATIVE, POSITIVE, INDETERMINATE for test HIV"));
    }
  }

  @Test
  void aBloodCountIsNeverPositive() {
    assertThat(problems("{\"labResults\": [{\"test\": \"BLOOD_COUNT\", \"result\": \"POSITIVE\", \"date\": \"2026-12-20\"}]}"))
        .containsExactly(Problem.of("patient.labResults[0].result", "must be one of NORMAL, ABNORMAL for test BLOOD_COUNT"));
  }

  @Test
  void aManRecordedAsPregnantOrWithACycleIsRejected() {
    assertThat(problems("{\"sex\": \"MALE\", \"pregnancy\": \"PREGNANT\"}")).extracting(Problem::path)
        .containsExactly("patient.pregnancy");
    assertThat(problems("{\"sex\": \"MALE\", \"pregnancy\": \"UNKNOWN\"}")).extracting(Problem::path)
        .containsExactly("patient.pregnancy");
    assertThat(problems("{\"sex\": \"MALE\", \"menstruation\": {\"lastStart\": \"2027-01-01\", \"cycleDays\": 28, \"periodDays\": 5}}"))
        .extracting(Problem::path).containsExactly("patient.menstruation");
  }

  /** A man is never asked to confirm a pregnancy or his periods, even with pregnancy left out. */
  @Test
  void aManIsNeverAskedAboutPregnancyOrPeriods() {
    for (String treatment : List.of("prp", "stemcell", "mesotherapy", "plasma")) {
      TreatmentPlan plan =
          plan(treatment, p -> p.sex(Sex.MALE).pregnancy(Optional.empty()).menstruation(Optional.empty()));
      assertThat(codes(plan)).as(treatment)
          .doesNotContain("UNCONFIRMED_PREGNANCY_STATUS", "UNCONFIRMED_MENSTRUAL_CYCLE");
      assertThat(beforeWeStart(plan).toLowerCase()).doesNotContain("pregnan").doesNotContain("period");
    }
  }

  /** A past positive with a newer negative is not silent: a physician reads the history (004 tests). */
  @Test
  void aPastPositiveWithANewerNegativeIsAFindingForTheClinician() {
    TreatmentPlan plan = plan("plasma", p -> p.addLabResults(LabResult.of(LabTest.HIV, LabOutcome.POSITIVE, AS_OF.minusDays(400))));
    Finding past = finding(plan, "PAST_POSITIVE_LAB_RESULT");
    assertThat(past.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(past.patientMessage()).isEmpty();
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(beforeWeStart(plan)).doesNotContainIgnoringCase("positive").doesNotContain("HIV")
        .contains("in person");
  }

  @Test
  void anIndeterminateMarkerIsNotClean() {
    TreatmentPlan plan = plan("plasma", p -> p.addLabResults(LabResult.of(LabTest.SYPHILIS, LabOutcome.INDETERMINATE, AS_OF.minusDays(1))));
    assertThat(finding(plan, "INDETERMINATE_LAB_RESULT").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(handout(plan)).doesNotContainIgnoringCase("indeterminate");
    assertThat(beforeWeStart(plan)).doesNotContainIgnoringCase("syphilis");
  }

  /** 004: "Taking antibiotics." A course that ended before asOf is history, not a current medicine. */
  @Test
  void aFinishedAntibioticCourseDefersNothing() {
    TreatmentPlan plan = plan("plasma", p -> p.medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, AS_OF.minusDays(1)))));
    assertThat(codes(plan)).doesNotContain("ANTIBIOTIC_COURSE");
    assertThat(plan.eligibility().status()).isNotEqualTo(EligibilityStatus.DEFERRED);
  }

  /** A course that ends after asOf is judged on the session dates: session 1 the day after its last. */
  @Test
  void aCurrentAntibioticCourseDefersToItsLastDayPlusOne() {
    LocalDate last = AS_OF.plusDays(10);
    TreatmentPlan plan = plan("plasma", p -> p.medications(List.of(
        ImmutableMedication.builder().kind(MedicationKind.ANTIBIOTIC).from(AS_OF.minusDays(3)).until(last).prescribed(true).build())));
    assertThat(finding(plan, "ANTIBIOTIC_COURSE").until()).contains(last);
    assertThat(plan.sessions()).isNotEmpty().allMatch(s -> s.date().isAfter(last));
  }

  /** Age is judged on the session dates: she turns 18 before the requested start. */
  @Test
  void aSeventeenYearOldWhoTurnsEighteenBeforeTheStartIsDeferredNotRefused() {
    LocalDate birthday = AS_OF.plusDays(20);
    PatientProfile patient = healthy().birthDate(birthday.minusYears(18)).build();
    TreatmentPlan plan = REGIMEN.plan(request("prp", patient, Optional.of(AS_OF.plusDays(30))));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(finding(plan, "UNDER_18").until()).contains(birthday.minusDays(1));
    assertThat(plan.sessions()).isNotEmpty().allMatch(s -> !s.date().isBefore(birthday));

    TreatmentPlan tooSoon = REGIMEN.plan(request("prp", patient, Optional.of(AS_OF.plusDays(10))));
    assertThat(tooSoon.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
  }

  // The blood-thinner finding (design.md, "Medication instructions stay safe").

  /** 001 says "stop ... blood-thinning medications"; Regimen raises one dateless finding instead. */
  @Test
  void aPrescribedBloodThinnerGivesOneFindingWithNoDateInEveryTherapy() {
    for (String treatment : List.of("prp", "stemcell", "mesotherapy", "plasma")) {
      TreatmentPlan plan = plan(treatment, p -> p.medications(List.of(
          Medication.ongoing(MedicationKind.ANTICOAGULANT), Medication.until(MedicationKind.ANTIPLATELET, AS_OF.plusDays(40)))));
      List<Finding> thinner = plan.eligibility().findings().stream()
          .filter(f -> f.code().equals("ANTICOAGULANT_THERAPY") || f.code().equals("PRESCRIBED_BLOOD_THINNER"))
          .toList();
      assertThat(thinner).as(treatment).singleElement().satisfies(f -> {
        assertThat(f.until()).isEmpty();
        assertThat(f.severity()).isIn(FindingSeverity.RELATIVE, FindingSeverity.ABSOLUTE);
      });
      String handout = handout(plan);
      assertThat(beforeWeStart(plan)).as(treatment).contains("Keep taking it exactly as prescribed");
      assertThat(handout).doesNotContainPattern("prescribed[^\\n]*\\(until");
    }
  }

  // Texts for the right reader (design.md, "Who reads a text").

  @Test
  void aPositiveHivOrSyphilisResultIsNeverAnnouncedInTheHandout() {
    for (LabTest test : List.of(LabTest.HIV, LabTest.SYPHILIS)) {
      TreatmentPlan plan = plan("plasma", p -> p.addLabResults(LabResult.of(test, LabOutcome.POSITIVE, AS_OF.minusDays(1))));
      assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
      assertThat(finding(plan, "POSITIVE_LAB_RESULT").patientMessage()).isEmpty();
      assertThat(handout(plan)).doesNotContainIgnoringCase("positive");
      assertThat(beforeWeStart(plan))
          .doesNotContainIgnoringCase(test.name())
          .contains("will talk a point of your health through with you in person");
    }
  }

  @Test
  void practitionerLinesNeverReachTheHandout() {
    TreatmentPlan plan = plan("plasma", p -> p.medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, AS_OF.plusDays(10)))));
    Finding antibiotics = finding(plan, "ANTIBIOTIC_COURSE");
    String handout = handout(plan);
    assertThat(handout).doesNotContain(antibiotics.message()).doesNotContain(antibiotics.action())
        .doesNotContain("The patient");
    assertThat(handout).contains(antibiotics.patientMessage().orElseThrow());
  }
}
