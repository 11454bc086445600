package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.plan.FindingSeverity.ABSOLUTE;
import static org.regimen.plan.FindingSeverity.PRECAUTION;
import static org.regimen.plan.FindingSeverity.TEMPORARY;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.protocol;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.rule;
import static org.regimen.screening.Fixtures.screen;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.protocol.Match;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.Condition;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/** One test per rule kind not covered by the baseline tests, with protocol 004's rules. */
class RuleKindsTest {

  @Test
  void aWholePatientAreaFindingConcernsThePatientWhereverItIsAndLeavesNoAreaOut() {
    ScreeningRule anywhere =
        rule(RuleKind.AREA_FINDING, "INFECTION_IN_AN_AREA", TEMPORARY)
            .addAreaFindings(org.regimen.request.AreaCondition.ACTIVE_INFECTION)
            .wholePatient(true)
            .build();
    TreatmentRequest request =
        request(
            knownHealthy()
                .areaFindings(
                    List.of(
                        org.regimen.request.AreaFinding.of(
                            org.regimen.request.BodyArea.BACK,
                            org.regimen.request.AreaCondition.ACTIVE_INFECTION)))
                .build(),
            org.regimen.request.BodyArea.FACE);
    ScreeningResult result = screen(request, protocol(anywhere));
    assertThat(finding(result, "INFECTION_IN_AN_AREA").area()).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.eligibility().excludedAreas()).isEmpty();
    assertThat(result.sessionsAllowed()).isFalse();
  }


  /** 004: "Taking antibiotics." */
  static final ScreeningRule ANTIBIOTICS =
      rule(RuleKind.MEDICATION, "ANTIBIOTIC_COURSE", TEMPORARY).addMedications(MedicationKind.ANTIBIOTIC).build();

  @Test
  void pregnancyRule_raisesOnlyForListedStatuses() {
    ScreeningRule pregnant = rule(RuleKind.PREGNANCY, "PREGNANCY", ABSOLUTE).addPregnancy(PregnancyStatus.PREGNANT).build();
    assertThat(codes(screen(request(knownHealthy().pregnancy(PregnancyStatus.PREGNANT).build()), protocol(pregnant))))
        .containsExactly("PREGNANCY");
    assertThat(codes(screen(request(knownHealthy().pregnancy(PregnancyStatus.BREASTFEEDING).build()), protocol(pregnant))))
        .isEmpty();
  }

  /** 004: "Blood disorders." */
  @Test
  void conditionRule_wholePatientAbsoluteIsIneligible() {
    ScreeningRule blood = rule(RuleKind.CONDITION, "BLOOD_DISORDER", ABSOLUTE).addConditions(Condition.BLOOD_DISORDER).build();
    ScreeningResult result =
        screen(request(knownHealthy().conditions(List.of(Condition.BLOOD_DISORDER, Condition.DIABETES)).build()), protocol(blood));
    Finding f = finding(result, "BLOOD_DISORDER");
    assertThat(f.source()).isEqualTo(Fixtures.PROTOCOL_FILE);
    assertThat(f.area()).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(result.sessionsAllowed()).isFalse();
  }

  /** 004: "Taking antibiotics." A course with a last day moves session 1 to the day after. */
  @Test
  void antibioticWithUntil_earliestStartIsTheDayAfter() {
    LocalDate lastDay = LocalDate.of(2027, 1, 15);
    ScreeningResult result =
        screen(request(knownHealthy().medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, lastDay))).build()),
            protocol(ANTIBIOTICS));
    assertThat(finding(result, "ANTIBIOTIC_COURSE").until()).contains(lastDay);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.eligibility().earliestStart()).contains(LocalDate.of(2027, 1, 16));
    assertThat(result.sessionsAllowed()).isTrue();
  }

  @Test
  void antibioticUntilBeforeTheRequestedStart_keepsTheRequestedStart() {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .from(request(knownHealthy().medications(List.of(Medication.until(MedicationKind.ANTIBIOTIC, AS_OF.plusDays(2)))).build()))
            .earliestStart(AS_OF.plusDays(10))
            .build();
    assertThat(screen(request, protocol(ANTIBIOTICS)).eligibility().earliestStart()).contains(AS_OF.plusDays(10));
  }

  /** An ongoing antibiotic course is waited out: no known end, no sessions. */
  @Test
  void ongoingAntibiotic_deferredWithNoSessions() {
    ScreeningResult result =
        screen(request(knownHealthy().medications(List.of(
                Medication.until(MedicationKind.ANTIBIOTIC, AS_OF.plusDays(3)),
                Medication.ongoing(MedicationKind.ANTIBIOTIC))).build()),
            protocol(ANTIBIOTICS));
    assertThat(finding(result, "ANTIBIOTIC_COURSE").until()).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.eligibility().earliestStart()).isEmpty();
    assertThat(result.sessionsAllowed()).isFalse();
  }

  /** 001 says "stop ... blood-thinning medication": the engine never passes that on for a prescribed one. */
  @Test
  void medicationRuleSayingStopForAnAnticoagulant_getsSafeTexts() {
    ScreeningRule unsafe =
        rule(RuleKind.MEDICATION, "BLOOD_THINNERS", TEMPORARY)
            .action("Stop blood-thinning medication 1 to 2 weeks before.")
            .addMedications(MedicationKind.ANTICOAGULANT)
            .build();
    ScreeningResult result =
        screen(request(knownHealthy().medications(List.of(Medication.ongoing(MedicationKind.ANTICOAGULANT))).build()), protocol(unsafe));
    assertThat(Fixtures.texts(result)).noneMatch(t -> t.toLowerCase().contains("stop"));
    assertThat(finding(result, "BLOOD_THINNERS").action()).contains("prescriber");
  }

  /**
   * A rule's holdDays keeps session 1 away from asOf, on the medication path as on the others; the
   * finding of a prescribed blood thinner carries no date (design.md, "Medication instructions stay
   * safe": a date next to "keep taking it" reads as "until then"), the hold moves the start alone.
   */
  @Test
  void medicationRuleWithHoldDays_holdsSessionOneButTheThinnerFindingHasNoDate() {
    ScreeningRule hold =
        rule(RuleKind.MEDICATION, "PRESCRIBED_BLOOD_THINNER", org.regimen.plan.FindingSeverity.RELATIVE)
            .addMedications(MedicationKind.ANTICOAGULANT)
            .holdDays(org.regimen.protocol.Sourced.of(14, org.regimen.protocol.Basis.of("004", "holds")))
            .build();
    ScreeningResult ongoing =
        screen(request(knownHealthy().medications(List.of(Medication.ongoing(MedicationKind.ANTICOAGULANT))).build()), protocol(hold));
    assertThat(finding(ongoing, "PRESCRIBED_BLOOD_THINNER").until()).isEmpty();
    assertThat(ongoing.eligibility().earliestStart()).contains(AS_OF.plusDays(14));
    assertThat(ongoing.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);

    LocalDate courseEnds = AS_OF.plusDays(30);
    ScreeningResult longer =
        screen(request(knownHealthy().medications(List.of(Medication.until(MedicationKind.ANTICOAGULANT, courseEnds))).build()), protocol(hold));
    assertThat(finding(longer, "PRESCRIBED_BLOOD_THINNER").until()).isEmpty();
    assertThat(longer.eligibility().earliestStart()).contains(courseEnds.plusDays(1));
  }

  @Test
  void conditionRuleWithHoldDays_holdsSessionOneFromAsOf() {
    ScreeningRule hold =
        rule(RuleKind.CONDITION, "NEEDS_TIME", org.regimen.plan.FindingSeverity.RELATIVE)
            .addConditions(Condition.DIABETES)
            .holdDays(org.regimen.protocol.Sourced.of(7, org.regimen.protocol.Basis.of("004", "holds")))
            .build();
    ScreeningResult result =
        screen(request(knownHealthy().conditions(List.of(Condition.DIABETES)).build()), protocol(hold));
    assertThat(finding(result, "NEEDS_TIME").until()).isEmpty();
    assertThat(result.eligibility().earliestStart()).contains(AS_OF.plusDays(7));
  }

  @Test
  void allergyRule_anyListedAllergy() {
    ScreeningRule all = rule(RuleKind.ALLERGY, "ALLERGIC_REACTIONS", ABSOLUTE)
        .addAllergies(org.regimen.request.Allergy.values()).build();
    assertThat(screen(request(knownHealthy().allergies(List.of(org.regimen.request.Allergy.OTHER)).build()), protocol(all))
        .eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
  }

  @Test
  void ageRule_outsideMinOrMax() {
    ScreeningRule adultsUnder60 = rule(RuleKind.AGE, "AGE_RANGE", ABSOLUTE).minAgeYears(18).maxAgeYears(60).build();
    assertThat(codes(screen(request(knownHealthy().birthDate(AS_OF.minusYears(61)).build()), protocol(adultsUnder60))))
        .containsExactly("AGE_RANGE");
    assertThat(codes(screen(request(knownHealthy().birthDate(AS_OF.minusYears(60)).build()), protocol(adultsUnder60))))
        .isEmpty();
    assertThat(codes(screen(request(knownHealthy().birthDate(AS_OF.minusYears(17)).build()), protocol(adultsUnder60))))
        .containsExactly("AGE_RANGE");
  }

  /** 004: "Menstruation." With cycle data, no finding: sessions avoid the predicted days. */
  @Test
  void menstruationWithCycleData_predictsPeriods() {
    ScreeningRule menstruation = rule(RuleKind.MENSTRUATION, "MENSTRUATION", TEMPORARY).confirmWithinDays(3).build();
    ScreeningResult result = screen(request(knownHealthy().build()), protocol(menstruation));
    assertThat(result.eligibility().findings()).isEmpty();
    assertThat(result.avoidMenstruation()).isTrue();
    assertThat(result.confirmWithinDays()).isEqualTo(3);
    // last start 2027-01-03, 28-day cycle, 5 days: 01-03..01-07, then 01-31..02-04
    assertThat(result.isPredictedPeriodDay(LocalDate.of(2027, 1, 5))).isTrue();
    assertThat(result.isPredictedPeriodDay(LocalDate.of(2027, 1, 8))).isFalse();
    assertThat(result.isPredictedPeriodDay(LocalDate.of(2027, 1, 31))).isTrue();
    assertThat(result.isPredictedPeriodDay(LocalDate.of(2027, 2, 4))).isTrue();
    assertThat(result.isPredictedPeriodDay(LocalDate.of(2027, 2, 5))).isFalse();
    assertThat(result.nearPredictedPeriod(LocalDate.of(2027, 2, 6), 2)).isTrue();
    assertThat(result.nearPredictedPeriod(LocalDate.of(2027, 2, 7), 2)).isFalse();
    assertThat(result.nearPredictedPeriod(LocalDate.of(2027, 1, 29), 2)).isTrue();
    assertThat(result.isPredictedPeriodDay(LocalDate.of(2028, 12, 31))).isTrue(); // 26 cycles (728 days) on
  }

  @Test
  void menstruationWithoutCycleData_precautionForFemaleOrUnknownSex_notForMale() {
    ScreeningRule menstruation = rule(RuleKind.MENSTRUATION, "MENSTRUATION", TEMPORARY).build();
    ScreeningResult female = screen(request(knownHealthy().menstruation(java.util.Optional.empty()).build()), protocol(menstruation));
    assertThat(finding(female, "UNCONFIRMED_MENSTRUAL_CYCLE").severity()).isEqualTo(PRECAUTION);
    assertThat(female.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(female.predictedPeriods()).isEmpty();

    ScreeningResult unknownSex = screen(request(knownHealthy().sex(java.util.Optional.empty()).menstruation(java.util.Optional.empty()).build()), protocol(menstruation));
    assertThat(codes(unknownSex)).containsExactly("UNCONFIRMED_MENSTRUAL_CYCLE");

    ScreeningResult male = screen(request(knownHealthy().sex(Sex.MALE).menstruation(java.util.Optional.empty()).build()), protocol(menstruation));
    assertThat(male.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
  }

  @Test
  void withoutMenstruationRule_noPrediction() {
    ScreeningResult result = screen(request(knownHealthy().build()), protocol());
    assertThat(result.avoidMenstruation()).isFalse();
    assertThat(result.predictedPeriods()).isEmpty();
  }

  /** 001: "less dramatic results" for old marks: an ASSESSMENT rule. */
  @Test
  void assessmentRule_matchesTheRequest() {
    ScreeningRule old = rule(RuleKind.ASSESSMENT, "MATURE_MARKS", PRECAUTION)
        .when(Match.builder().addStage(StriaeStage.ALBA).build()).build();
    TreatmentRequest alba = TreatmentRequest.builder().from(request(knownHealthy().build()))
        .striae(StriaeAssessment.builder().stage(StriaeStage.ALBA).build()).build();
    TreatmentRequest rubra = TreatmentRequest.builder().from(alba)
        .striae(StriaeAssessment.builder().stage(StriaeStage.RUBRA).build()).build();
    TreatmentRequest unknown = TreatmentRequest.builder().from(alba)
        .striae(StriaeAssessment.builder().build()).build();
    assertThat(codes(screen(alba, protocol(old)))).containsExactly("MATURE_MARKS");
    assertThat(codes(screen(rubra, protocol(old)))).isEmpty();
    ScreeningResult notKnown = screen(unknown, protocol(old));
    assertThat(codes(notKnown)).containsExactly("UNCONFIRMED_ASSESSMENT");
    assertThat(notKnown.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
  }

  @Test
  void assessmentRule_countsPlannedAreasAfterExclusions() {
    ScreeningRule many = rule(RuleKind.ASSESSMENT, "MANY_AREAS", PRECAUTION)
        .when(Match.builder().minAreas(2).build()).build();
    ScreeningRule noBreasts = rule(RuleKind.EXCLUDED_AREA, "EXCLUDED_AREA", ABSOLUTE)
        .addAreas(org.regimen.request.BodyArea.BREASTS).build();
    ScreeningResult result = screen(
        request(knownHealthy().build(), org.regimen.request.BodyArea.BREASTS, org.regimen.request.BodyArea.ABDOMEN),
        protocol(noBreasts, many));
    assertThat(codes(result)).containsExactly("EXCLUDED_AREA");
  }
}
