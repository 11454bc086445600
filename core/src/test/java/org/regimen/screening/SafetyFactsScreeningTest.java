package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.protocol;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.rule;
import static org.regimen.screening.Fixtures.screen;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.RequiredTestReason;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.Sex;
import org.regimen.request.TreatmentRequest;

/**
 * design.md, "Screening": unknowns that gate, facts judged on the session dates, lab outcomes read
 * per test, the prescribed blood thinner's single dateless finding, and patient texts on findings.
 */
class SafetyFactsScreeningTest {
  private static final ScreeningRule ANTIBIOTICS =
      rule(RuleKind.MEDICATION, "ANTIBIOTIC_COURSE", FindingSeverity.TEMPORARY)
          .addMedications(MedicationKind.ANTIBIOTIC)
          .build();
  private static final ScreeningRule UNDER_18 =
      rule(RuleKind.AGE, "UNDER_18", FindingSeverity.ABSOLUTE).minAgeYears(18).build();

  private static TreatmentRequest startingOn(PatientProfile patient, LocalDate start) {
    return ImmutableTreatmentRequest.copyOf(request(patient)).withEarliestStart(start);
  }

  // Unknowns that gate

  @Test
  void anUnknownInputToARuleThatWouldRuleOutIsARelativeGate() {
    for (FindingSeverity severity : List.of(FindingSeverity.ABSOLUTE, FindingSeverity.TEMPORARY, FindingSeverity.RELATIVE)) {
      ScreeningRule cancer = rule(RuleKind.CONDITION, "CANCER", severity)
          .addConditions(org.regimen.request.Condition.CANCER).build();
      ScreeningResult result = screen(request(knownHealthy().conditions(Optional.empty()).build()), protocol(cancer));
      assertThat(finding(result, "UNCONFIRMED_CONDITIONS").severity()).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
      assertThat(result.sessionsAllowed()).isTrue();
    }
  }

  @Test
  void onlyAPrecautionRuleLeavesItsUnknownAPrecaution() {
    ScreeningRule diabetes = rule(RuleKind.CONDITION, "DIABETES", FindingSeverity.PRECAUTION)
        .addConditions(org.regimen.request.Condition.DIABETES).build();
    ScreeningResult result = screen(request(knownHealthy().conditions(Optional.empty()).build()), protocol(diabetes));
    assertThat(finding(result, "UNCONFIRMED_CONDITIONS").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
  }

  /** One finding per unknown attribute, as strong as the strongest rule that needs it. */
  @Test
  void theStrongestRuleNeedingAnUnknownSetsItsOneFinding() {
    ScreeningRule weak = rule(RuleKind.CONDITION, "DIABETES", FindingSeverity.PRECAUTION)
        .addConditions(org.regimen.request.Condition.DIABETES).build();
    ScreeningRule strong = rule(RuleKind.CONDITION, "CANCER", FindingSeverity.ABSOLUTE)
        .addConditions(org.regimen.request.Condition.CANCER).build();
    ScreeningResult result = screen(request(knownHealthy().conditions(Optional.empty()).build()), protocol(weak, strong));
    assertThat(codes(result)).containsOnlyOnce("UNCONFIRMED_CONDITIONS");
    assertThat(finding(result, "UNCONFIRMED_CONDITIONS").severity()).isEqualTo(FindingSeverity.RELATIVE);
  }

  @Test
  void anEntirelyUnknownHistoryNeedsClearanceWithTheBaseline() {
    ScreeningResult result = screenWithBaseline(request(PatientProfile.builder().build()));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(result.eligibility().findings()).allSatisfy(f -> assertThat(f.patientMessage()).isPresent());
  }

  @Test
  void aManIsNeverAskedToConfirmPregnancy() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy().sex(Sex.MALE).pregnancy(Optional.empty()).menstruation(Optional.empty()).build()));
    assertThat(codes(result)).doesNotContain("UNCONFIRMED_PREGNANCY_STATUS");
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
  }

  // Medicine courses judged on the session dates

  @Test
  void aCourseThatEndedBeforeAsOfIsHistory() {
    ScreeningResult result = screen(
        request(knownHealthy().medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, AS_OF.minusDays(1)))).build()),
        protocol(ANTIBIOTICS));
    assertThat(codes(result)).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
  }

  @Test
  void aCourseEndingOnAsOfStillDefersToTheDayAfter() {
    ScreeningResult result = screen(
        request(knownHealthy().medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, AS_OF))).build()),
        protocol(ANTIBIOTICS));
    assertThat(finding(result, "ANTIBIOTIC_COURSE").until()).contains(AS_OF);
    assertThat(result.eligibility().earliestStart()).contains(AS_OF.plusDays(1));
  }

  // Age judged on the session dates

  @Test
  void turningEighteenOnOrBeforeTheRequestedStartDefersToTheBirthday() {
    LocalDate birthday = AS_OF.plusDays(20);
    PatientProfile seventeen = knownHealthy().birthDate(birthday.minusYears(18)).build();
    ScreeningResult onTheDay = screen(startingOn(seventeen, birthday), protocol(UNDER_18));
    Finding deferral = finding(onTheDay, "UNDER_18");
    assertThat(deferral.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(deferral.until()).contains(birthday.minusDays(1));
    assertThat(onTheDay.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(onTheDay.eligibility().earliestStart()).contains(birthday);
    assertThat(deferral.patientMessage().orElseThrow()).contains("18th birthday");

    ScreeningResult dayBefore = screen(startingOn(seventeen, birthday.minusDays(1)), protocol(UNDER_18));
    assertThat(finding(dayBefore, "UNDER_18").severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(dayBefore.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
  }

  @Test
  void anAdultOnAsOfRaisesNothing() {
    ScreeningResult result = screen(request(knownHealthy().build()), protocol(UNDER_18));
    assertThat(codes(result)).isEmpty();
  }

  /**
   * Born on 29 February: in a common year the birthday is 1 March (the later of the two possible
   * days, as java.time.Period counts and as England and Wales, New Zealand and Hong Kong rule), so
   * a minor is never treated a day early.
   */
  @Test
  void bornOnTwentyNinthFebruaryTurnsEighteenOnFirstMarchOfACommonYear() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertThat(PatientRules.birthdayOfAge(born, 18)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(PatientRules.birthdayOfAge(born, 16)).isEqualTo(LocalDate.of(2024, 2, 29));
    PatientProfile patient = knownHealthy().birthDate(born).build();
    ImmutableTreatmentRequest request = ImmutableTreatmentRequest.copyOf(request(patient)).withAsOf(LocalDate.of(2026, 2, 1));
    ScreeningResult firstMarch = screen(request.withEarliestStart(LocalDate.of(2026, 3, 1)), protocol(UNDER_18));
    assertThat(finding(firstMarch, "UNDER_18").until()).contains(LocalDate.of(2026, 2, 28));
    assertThat(firstMarch.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    ScreeningResult twentyEighth = screen(request.withEarliestStart(LocalDate.of(2026, 2, 28)), protocol(UNDER_18));
    assertThat(twentyEighth.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
  }

  // Lab outcomes

  private static final ScreeningRule LABS =
      rule(RuleKind.LAB_TESTS, "REQUIRED_LAB_TESTS", FindingSeverity.TEMPORARY)
          .addTests(LabTest.HIV, LabTest.HEPATITIS_C)
          .turnaroundDays(org.regimen.protocol.Sourced.of(7, org.regimen.protocol.Basis.of("004", "lab")))
          .build();

  private static ScreeningResult labs(LabResult... results) {
    return screen(request(knownHealthy().labResults(List.of(results)).build()), protocol(LABS));
  }

  @Test
  void aPastPositiveWithANewerNegativeNeedsAPhysician() {
    ScreeningResult result = labs(
        LabResult.of(LabTest.HIV, LabOutcome.POSITIVE, AS_OF.minusDays(300)),
        LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.minusDays(5)),
        LabResult.of(LabTest.HEPATITIS_C, LabOutcome.NEGATIVE, AS_OF.minusDays(5)));
    Finding past = finding(result, "PAST_POSITIVE_LAB_RESULT");
    assertThat(past.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(past.patientMessage()).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  @Test
  void anIndeterminateMarkerIsRepeatedLikeAMissingOne() {
    ScreeningResult result = labs(
        LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.minusDays(5)),
        LabResult.of(LabTest.HEPATITIS_C, LabOutcome.INDETERMINATE, AS_OF.minusDays(5)));
    Finding indeterminate = finding(result, "INDETERMINATE_LAB_RESULT");
    assertThat(indeterminate.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(indeterminate.until()).contains(AS_OF.plusDays(7));
    assertThat(indeterminate.patientMessage()).isEmpty();
    assertThat(result.eligibility().requiredTests())
        .containsExactly(RequiredTest.of(LabTest.HEPATITIS_C, RequiredTestReason.INDETERMINATE));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
  }

  @Test
  void aPositiveMarkerHasNoPatientText() {
    ScreeningResult result = labs(
        LabResult.of(LabTest.HIV, LabOutcome.POSITIVE, AS_OF.minusDays(5)),
        LabResult.of(LabTest.HEPATITIS_C, LabOutcome.NEGATIVE, AS_OF.minusDays(5)));
    assertThat(finding(result, "POSITIVE_LAB_RESULT").patientMessage()).isEmpty();
    assertThat(codes(result)).doesNotContain("PAST_POSITIVE_LAB_RESULT");
  }

  // The prescribed blood thinner

  @Test
  void theBaselineThinnerFindingIsSingleAndDatelessAndItsCourseStillHoldsSessionOne() {
    LocalDate courseEnds = AS_OF.plusDays(20);
    ScreeningResult result = screenWithBaseline(request(knownHealthy().medications(List.of(
        Medication.ongoing(MedicationKind.ANTIPLATELET), Medication.until(MedicationKind.ANTICOAGULANT, courseEnds))).build()));
    assertThat(codes(result)).containsOnlyOnce("ANTICOAGULANT_THERAPY");
    Finding thinner = finding(result, "ANTICOAGULANT_THERAPY");
    assertThat(thinner.until()).isEmpty();
    assertThat(thinner.patientMessage().orElseThrow()).contains("Keep taking it exactly as prescribed");

    ScreeningResult dated = screenWithBaseline(request(knownHealthy().medications(List.of(
        Medication.until(MedicationKind.ANTICOAGULANT, courseEnds))).build()));
    assertThat(finding(dated, "ANTICOAGULANT_THERAPY").until()).isEmpty();
    assertThat(dated.eligibility().earliestStart()).contains(courseEnds.plusDays(1));
  }

  // Patient texts

  @Test
  void everyFindingOfTheBaselineHasAPatientTextThatIsNotThePractitioners() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .conditions(List.of(org.regimen.request.Condition.values()))
        .allergies(List.of(org.regimen.request.Allergy.values()))
        .medications(List.of(Medication.ongoing(MedicationKind.ANTICOAGULANT)))
        .build()));
    assertThat(result.eligibility().findings()).isNotEmpty().allSatisfy(f -> {
      if (PatientTexts.inPerson(f.code())) { // cancer, hepatitis: disclosed in person, no text
        assertThat(f.patientMessage()).as(f.code()).isEmpty();
        return;
      }
      assertThat(f.patientMessage()).as(f.code()).isPresent();
      assertThat(f.patientMessage().get()).isNotEqualTo(f.message()).doesNotContain("The patient");
    });
  }

  @Test
  void cancerAndPositiveMarkersAreDisclosedInPerson() {
    assertThat(PatientTexts.inPerson("CANCER")).isTrue();
    assertThat(PatientTexts.inPerson("ACTIVE_CANCER")).isTrue();
    assertThat(PatientTexts.inPerson("POSITIVE_LAB_RESULT")).isTrue();
    assertThat(PatientTexts.inPerson("HEPATITIS")).isTrue();
    assertThat(PatientTexts.inPerson("PREGNANCY")).isFalse();
    assertThat(PatientTexts.of("CANCER", FindingSeverity.ABSOLUTE, Optional.of(RuleKind.CONDITION))).isEmpty();
  }

  @Test
  void aCodeWithoutItsOwnTextFallsBackToItsKindThenToItsSeverity() {
    assertThat(PatientTexts.of("LUPUS", FindingSeverity.RELATIVE, Optional.of(RuleKind.CONDITION)))
        .contains("Because of a health condition you have told us about, a doctor must first agree that the treatment is safe for you.");
    assertThat(PatientTexts.of("SOMETHING_NEW", FindingSeverity.TEMPORARY, Optional.empty()))
        .hasValueSatisfying(t -> assertThat(t).startsWith("The treatment has to wait"));
    assertThat(PatientTexts.of("UNDER_18", FindingSeverity.TEMPORARY, Optional.of(RuleKind.AGE)))
        .hasValueSatisfying(t -> assertThat(t).contains("18th birthday"));
  }
}
