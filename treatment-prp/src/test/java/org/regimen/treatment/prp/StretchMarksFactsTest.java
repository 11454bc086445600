package org.regimen.treatment.prp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.prp.PrpPatients.DOC_000;
import static org.regimen.treatment.prp.PrpPatients.DOC_003;
import static org.regimen.treatment.prp.PrpPatients.FIRST_SESSION;
import static org.regimen.treatment.prp.PrpPatients.firstSession;
import static org.regimen.treatment.prp.PrpPatients.gaps;
import static org.regimen.treatment.prp.PrpPatients.lastSession;
import static org.regimen.treatment.prp.PrpPatients.plan;
import static org.regimen.treatment.prp.PrpPatients.stretchMarks;
import static org.regimen.treatment.prp.PrpPatients.striae;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.DayRange;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.Severity;
import org.regimen.request.StriaeStage;

/**
 * Each fact of document 000 (PRP for stretch marks, seed {@code 000_cee33dee1438d68f.txt}), as a
 * real plan shows it. The line cited is the seed's line number; PROTOCOL.md explains each value.
 */
class StretchMarksFactsTest {
  private static final BodyArea[] THREE_AREAS = {BodyArea.ABDOMEN, BodyArea.THIGHS, BodyArea.HIPS};

  @Test
  @DisplayName("000 line 12 \"Aesthetician & Registered Nurse\": every session names both")
  void practitionersAreAestheticianAndRegisteredNurse() {
    TreatmentPlan plan = plan(stretchMarks());

    assertThat(plan.sessions())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.practitioners()).containsExactly("AESTHETICIAN", "REGISTERED_NURSE"));
  }

  // 000 line 13 "15mins Per Area"; line 65 "Sessions typically last about an hour, including
  // preparation time, treatment, and a brief recovery period": the visit is the treatment plus the
  // 45 minutes of the hour that are not treatment of one area.
  @ParameterizedTest(name = "000 lines 13 and 65: {0} area(s) -> {1} min treatment, {2} min visit")
  @CsvSource({
    "1, 15, 60",
    "2, 30, 75",
    "3, 45, 90",
  })
  void fifteenMinutesPerAreaAndAVisitOfAboutAnHour(int areaCount, int minutes, int visitMinutes) {
    BodyArea[] areas = Arrays.copyOf(THREE_AREAS, areaCount);

    TreatmentPlan plan = plan(stretchMarks(areas));

    assertThat(plan.sessions())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.areas()).containsExactly(areas);
              assertThat(s.minutes()).isEqualTo(minutes);
              assertThat(s.visitMinutes()).isEqualTo(visitMinutes).isEqualTo(minutes + 45);
            });
  }

  @Test
  @DisplayName("000 line 65 \"about an hour\": one area makes a visit of exactly 60 minutes")
  void oneAreaMakesAVisitOfAnHour() {
    assertThat(plan(stretchMarks(BodyArea.BACK)).sessions())
        .extracting(Session::visitMinutes)
        .containsOnly(60);
  }

  @Test
  @DisplayName("000 line 14 \"Once every 3 Months\": sessions 90 days apart on a free calendar")
  void onceEveryThreeMonths() {
    TreatmentPlan plan = plan(stretchMarks().striae(striae(StriaeStage.ALBA, Severity.SEVERE)));

    assertThat(plan.sessions()).hasSize(3);
    assertThat(firstSession(plan)).isEqualTo(FIRST_SESSION);
    assertThat(plan.sessions())
        .extracting(Session::date)
        .containsExactly(FIRST_SESSION, FIRST_SESSION.plusDays(90), FIRST_SESSION.plusDays(180));
    assertThat(plan.adjustments()).isEmpty();
    // 000 line 5 "typically spaced out over several weeks" is kept as the document's words beside it.
    assertThat(plan.notes()).anyMatch(n -> n.contains("spaced out over several weeks"));
  }

  @Test
  @DisplayName("000 line 14 \"Once every 3 Months\": a closed day pushes a session later, never earlier")
  void aClosedDayNeverBringsASessionCloserThanThreeMonths() {
    LocalDate dueDay = FIRST_SESSION.plusDays(90);
    TreatmentPlan plan =
        plan(stretchMarks()
            .striae(striae(StriaeStage.ALBA, Severity.SEVERE))
            .calendar(CalendarConstraints.builder().addClosedDates(dueDay).build()));

    assertThat(plan.sessions()).hasSize(3);
    assertThat(plan.sessions().get(1).date()).isAfter(dueDay);
    assertThat(gaps(plan)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(90L));
  }

  // 000 line 16 "1 - 3 Sessions", and line 5: the count depends on "the severity of the stretch
  // marks, the specific area being treated" — through the session rule rows of the protocol
  // (first match wins; a blank is "not assessed"). The area count does not change the count.
  @ParameterizedTest(name = "000 lines 5 and 16: severity {0}, stage {1}, {2} area(s) -> {3} session(s)")
  @CsvSource({
    // row 1: severity SEVERE -> 3
    "SEVERE,   RUBRA, 1, 3",
    "SEVERE,   ALBA,  2, 3",
    "SEVERE,        , 3, 3",
    // row 2: stage ALBA -> 3
    "MILD,     ALBA,  1, 3",
    "MODERATE, ALBA,  3, 3",
    ",         ALBA,  1, 3",
    // row 3: severity MODERATE -> 2
    "MODERATE, RUBRA, 1, 2",
    "MODERATE,      , 2, 2",
    // row 4: MILD and RUBRA -> 1
    "MILD,     RUBRA, 1, 1",
    "MILD,     RUBRA, 2, 1",
    "MILD,     RUBRA, 3, 1",
    // row 5: anything else -> 2
    "MILD,          , 1, 2",
    ",         RUBRA, 1, 2",
    ",              , 3, 2",
  })
  void sessionCountFollowsTheSessionRuleRows(Severity severity, StriaeStage stage, int areaCount, int sessions) {
    TreatmentPlan plan =
        plan(stretchMarks(Arrays.copyOf(THREE_AREAS, areaCount)).striae(striae(stage, severity)));

    assertThat(plan.sessions()).hasSize(sessions);
    assertThat(plan.sessions()).extracting(Session::number).containsExactly(numbers(sessions));
  }

  @Test
  @DisplayName("000 line 16 \"1 - 3 Sessions\": without any assessment the middle of the range, 2")
  void noAssessmentPlansTwoSessions() {
    TreatmentPlan plan = plan(stretchMarks().striae(Optional.empty()));

    assertThat(plan.sessions()).hasSize(2);
  }

  @Test
  @DisplayName("000 line 18 \"1 to 2 Days\" of downtime: a dated range of 2 days from each session")
  void downtimeIsOneToTwoDaysAsADatedRange() {
    TreatmentPlan plan = plan(stretchMarks());

    assertThat(plan.sessions())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              DateRange downtime = s.downtime().orElseThrow();
              assertThat(downtime).isEqualTo(DateRange.ofClosed(s.date(), s.date().plusDays(1)));
              assertThat(downtime.lengthInDays()).isEqualTo(2);
            });
  }

  @Test
  @DisplayName("000 line 22: blood draw, processing, optional topical numbing, injection")
  void stepsAreBloodDrawProcessingTopicalAnaesthesiaInjection() {
    assertThat(plan(stretchMarks()).sessions())
        .isNotEmpty()
        .allSatisfy(
            s -> assertThat(s.steps())
                .containsExactly("BLOOD_DRAW", "PROCESSING", "TOPICAL_ANAESTHESIA", "INJECTION"));
  }

  @Test
  @DisplayName("000 line 22 \"beginning with a consultation to ensure suitability\": a note, not a step")
  void consultationIsANoteNotAStep() {
    TreatmentPlan plan = plan(stretchMarks());
    Session session = plan.sessions().get(0);

    assertThat(session.steps()).doesNotContain("CONSULTATION");
    assertThat(plan.notes()).anyMatch(n -> n.contains("consultation"));
  }

  // 000 line 67 "minimal redness, swelling, or bruising at the injection sites, which usually
  // subsides within a few days" ("a few days" = 2 to 5 days); line 61 "Discomfort is minimal for
  // most people."; line 71 "Serious complications are rare".
  @ParameterizedTest(name = "000 lines 61, 67, 71: {0} is {1} at {2}, heals in {3} to {4} days")
  @CsvSource({
    "REDNESS,              COMMON, INJECTION, 2, 5",
    "SWELLING,             COMMON, INJECTION, 2, 5",
    "BRUISING,             COMMON, INJECTION, 2, 5",
    "PAIN_OR_DISCOMFORT,   COMMON, INJECTION,  ,  ",
    "SERIOUS_COMPLICATION, RARE,   SYSTEMIC,   ,  ",
  })
  void sideEffectsWithLikelihoodAndHealingDays(
      String code, Likelihood likelihood, RiskSite site, Integer healsMin, Integer healsMax) {
    TreatmentPlan plan = plan(stretchMarks());

    Risk risk = risk(plan, code);
    assertThat(risk.likelihood()).isEqualTo(likelihood);
    assertThat(risk.site()).isEqualTo(site);
    assertThat(risk.resolvesInDays())
        .isEqualTo(healsMin == null ? Optional.empty() : Optional.of(DayRange.of(healsMin, healsMax)));
    assertThat(risk.source()).isEqualTo(DOC_000);
  }

  @Test
  @DisplayName("000 lines 61, 67, 71: exactly the side effects the document names")
  void noOtherSideEffects() {
    assertThat(plan(stretchMarks()).risks())
        .extracting(Risk::code)
        .containsExactly("REDNESS", "SWELLING", "BRUISING", "PAIN_OR_DISCOMFORT", "SERIOUS_COMPLICATION");
  }

  // 000 line 24 "emerging gradually over weeks to months" (2 weeks to 6 calendar months), from the
  // first session; line 69 "optimal results typically become more apparent over several weeks to
  // months" (3 weeks to 6 calendar months), from the last session.
  @ParameterizedTest(name = "000 lines 24 and 69: {0} from the {1} session, +{2} to +{3}")
  @CsvSource({
    "ONSET,   FIRST, P14D, P6M",
    "OPTIMAL, LAST,  P21D, P6M",
  })
  void resultWindowsAreDatesFromTheSessionTheProtocolSays(
      ResultPhase phase, String anchor, java.time.Period fromDays, java.time.Period toDays) {
    TreatmentPlan plan = plan(stretchMarks().striae(striae(StriaeStage.ALBA, Severity.SEVERE)));
    assertThat(firstSession(plan)).isNotEqualTo(lastSession(plan));
    LocalDate from = anchor.equals("FIRST") ? firstSession(plan) : lastSession(plan);

    ResultWindow window = window(plan, phase);
    assertThat(window.days()).isEqualTo(DateRange.ofClosed(from.plus(fromDays), from.plus(toDays)));
    assertThat(window.source()).isEqualTo(DOC_000);
  }

  @Test
  @DisplayName("000 gives no duration of the result: no LASTS_UNTIL window")
  void noLastsUntilWindow() {
    assertThat(plan(stretchMarks()).results())
        .extracting(ResultWindow::phase)
        .containsExactly(ResultPhase.ONSET, ResultPhase.OPTIMAL);
  }

  @Test
  @DisplayName("000 line 39 follow-up treatments \"spaced out over several months\": maintenance 3 to 6 months after the last session")
  void maintenanceSeveralMonthsAfterTheLastSession() {
    TreatmentPlan plan = plan(stretchMarks());
    LocalDate last = lastSession(plan);

    assertThat(plan.maintenance()).isPresent();
    assertThat(plan.maintenance().get().days())
        .contains(DateRange.ofClosed(last.plusMonths(3), last.plusMonths(6)));
    assertThat(plan.maintenance().get().source()).isEqualTo(DOC_000);
    // 000 lines 41 to 49: skin care, diet and exercise, sun, hydration, stress, check-ins.
    assertThat(plan.maintenance().get().text())
        .contains("skin care", "diet", "exercise", "sun", "hydrated", "stress", "check-ins");
  }

  // 000 line 32 "What to do After your Treatment" is empty: aftercare comes from lines 45
  // ("Sun Protection"), 47 ("Hydration") and 41 ("Skin Care Routine"), for "a few days" (the side
  // effects' "subsides within a few days", line 67: up to 5 days), from each session.
  @ParameterizedTest(name = "000 lines 32, 41, 45, 47: {0} dated from each session for 5 days, in plain words")
  @CsvSource({"SUN_PROTECTION", "HYDRATION", "SKIN_CARE"})
  void aftercareIsDatedFromEachSession(String code) {
    TreatmentPlan plan = plan(stretchMarks().striae(striae(StriaeStage.ALBA, Severity.SEVERE)));

    assertThat(plan.sessions())
        .hasSize(3)
        .allSatisfy(
            s -> {
              DatedInstruction after =
                  s.after().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
              assertThat(after.days()).isEqualTo(DateRange.ofClosed(s.date(), s.date().plusDays(4)));
              assertThat(after.source()).isEqualTo(DOC_000);
              // The instruction is for the patient: no talk of sources in it. Its basis (the
              // maintenance list's words) and the session note mark where it comes from.
              assertThat(after.text()).doesNotContainIgnoringCase("source");
              assertThat(after.sourceWords()).hasValueSatisfying(w -> assertThat(w).isIn(MAINTENANCE_LIST_WORDS));
              assertThat(plan.notes()).anyMatch(n -> n.contains("aftercare section is empty"));
            });
  }

  /** 000 lines 41, 45 and 47: the "Maintaining Your Results" sentences the aftercare comes from. */
  private static final List<String> MAINTENANCE_LIST_WORDS =
      List.of(
          "Applying moisturizers and targeted treatments as advised by your skincare professional is crucial.",
          "Protecting the treated areas from excessive sun exposure by using sunscreen and wearing protective clothing can prevent further damage and support the skin’s healing process.",
          "Staying well-hydrated is essential for maintaining skin elasticity and facilitating the ongoing process of skin repair and rejuvenation.");

  // PROTOCOL.md: "Face, neck and decollete are not offered" for stretch marks: the core leaves out
  // every area a course does not list.
  @Test
  @DisplayName("000 course areas (Regimen default): the face is not offered for stretch marks")
  void faceIsNotOfferedForStretchMarks() {
    TreatmentPlan plan = plan(stretchMarks(BodyArea.ABDOMEN, BodyArea.FACE));

    assertThat(plan.sessions())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN));
    assertThat(plan.eligibility().excludedAreas()).anyMatch(e -> e.area() == BodyArea.FACE);
  }

  @Test
  @DisplayName("000 has no preparation: nothing before a session")
  void noPreparation() {
    assertThat(plan(stretchMarks()).sessions()).allSatisfy(s -> assertThat(s.before()).isEmpty());
  }

  @Test
  @DisplayName("000: the fully-known eligible patient is ELIGIBLE with no findings")
  void eligiblePatientIsEligible() {
    TreatmentPlan plan = plan(stretchMarks());

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.eligibility().findings()).isEmpty();
    assertThat(plan.sessions()).noneMatch(Session::tentative);
  }

  @Test
  @DisplayName("sources: a stretch-marks plan names 000 and not 003")
  void sourcesNameDocument000Only() {
    TreatmentPlan plan = plan(stretchMarks());

    assertThat(plan.sources()).contains(DOC_000).doesNotContain(DOC_003);
    assertThat(plan.sources()).noneMatch(s -> s.startsWith(PrpPatients.NANDA_2021));
  }

  private static Integer[] numbers(int count) {
    Integer[] numbers = new Integer[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = i + 1;
    }
    return numbers;
  }

  static Risk risk(TreatmentPlan plan, String code) {
    List<Risk> risks = plan.risks();
    return risks.stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no risk " + code));
  }

  static ResultWindow window(TreatmentPlan plan, ResultPhase phase) {
    return plan.results().stream()
        .filter(w -> w.phase() == phase)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result window " + phase));
  }

  @Test
  @DisplayName("000 line 22 \"beginning with a consultation to ensure suitability\": a consultation visit, on or before session 1's day")
  void aConsultationComesFirst() {
    TreatmentPlan plan = plan(stretchMarks());

    assertThat(plan.visits()).singleElement().satisfies(visit -> {
      assertThat(visit.kind()).isEqualTo(org.regimen.plan.VisitKind.CONSULTATION);
      assertThat(visit.date()).isBeforeOrEqualTo(firstSession(plan));
    });
  }
}
