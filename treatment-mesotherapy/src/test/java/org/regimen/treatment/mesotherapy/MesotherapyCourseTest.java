package org.regimen.treatment.mesotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.mesotherapy.Requests.base;
import static org.regimen.treatment.mesotherapy.Requests.plan;
import static org.regimen.treatment.mesotherapy.Requests.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.Cost;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Course;
import org.regimen.protocol.Interval;
import org.regimen.protocol.SessionRule;
import org.regimen.protocol.StepSpec;
import org.regimen.request.BodyArea;
import org.regimen.request.Currency;
import org.regimen.request.Indication;
import org.regimen.request.StriaeStage;

/** One test per fact of document 002 the course plans; each names the seed's words it rests on. */
class MesotherapyCourseTest {
  private static final Course COURSE =
      Requests.REGIMEN.catalog().module("mesotherapy").orElseThrow().protocol()
          .courseFor(Indication.STRETCH_MARKS).orElseThrow();

  /** 002: "when the stretch marks are recent (reddish or purple) they will need at least one session per week; and their fading could be achieved after 8 to 10 weeks". */
  @Test
  void redMarksGetTenWeeklySessionsOverEightToTenWeeks() {
    TreatmentPlan plan = plan(request(StriaeStage.RUBRA));

    assertThat(plan.sessions()).hasSize(10);
    assertThat(gaps(plan)).containsOnly(7L);
    long courseDays = courseDays(plan);
    assertThat(courseDays).isBetween(8 * 7L, 10 * 7L);
  }

  /** 002: "To treat white stretch marks, therapies of up to 6 months or more will be needed. Also, one session per week". */
  @Test
  void whiteMarksGetAWeeklyCourseOfAboutSixMonths() {
    TreatmentPlan plan = plan(request(StriaeStage.ALBA));

    assertThat(plan.sessions()).hasSize(26);
    assertThat(gaps(plan)).containsOnly(7L);
    LocalDate first = plan.sessions().get(0).date();
    LocalDate last = plan.sessions().get(25).date();
    // 26 weekly sessions: the course fills the 6 months (the last session in the 26th week).
    assertThat(last).isAfter(first.plusMonths(5).plusDays(14)).isBeforeOrEqualTo(first.plusMonths(6));
  }

  /** 002: "the white stretch marks will require more sessions, as they have already become scar tissue". */
  @Test
  void whiteMarksCarryAPrecautionAboutTheLongerSlowerCourse() {
    TreatmentPlan plan = plan(request(StriaeStage.ALBA));

    Finding mature = finding(plan, "MATURE_STRIAE");
    assertThat(mature.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(mature.sourceWords()).contains("white stretch marks will require more sessions");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan(request(StriaeStage.RUBRA)).eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
  }

  /**
   * Stage unknown (Regimen default): 10 weekly sessions, the first 10 of either course, and a
   * precaution to confirm the stage before session 1; no fading window is promised.
   */
  @Test
  void unknownStageGetsTheSessionsBothCoursesShareAndAskToConfirmTheStage() {
    TreatmentPlan unknown = plan(base());
    TreatmentPlan white = plan(request(StriaeStage.ALBA));

    assertThat(unknown.sessions()).hasSize(10);
    assertThat(dates(unknown)).isEqualTo(dates(white).subList(0, 10));
    assertThat(finding(unknown, "UNCONFIRMED_ASSESSMENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(unknown.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(unknown.results()).extracting(ResultWindow::phase).containsExactly(ResultPhase.ONSET);
  }

  /** 002: "the therapeutic treatment could cover a minimum period between eight and ten sessions". */
  @Test
  void noCourseIsShorterThanEightSessions() {
    assertThat(COURSE.sessionCount().value().min()).isEqualTo(8);
    assertThat(COURSE.sessionCount().value().max()).isEqualTo(26);
    assertThat(COURSE.sessionRules()).extracting(SessionRule::sessions).allMatch(n -> n >= 8);
  }

  /** 002: "one session per week so as not to force cell regeneration": the minimum gap is data, 7 days. */
  @Test
  void theMinimumGapIsSevenDaysForEveryStageAndAtMostOneMissedWeek() {
    List<Interval> intervals =
        List.of(
            COURSE.interval(),
            COURSE.sessionRules().get(0).interval().orElseThrow(),
            COURSE.sessionRules().get(1).interval().orElseThrow());
    for (Interval interval : intervals) {
      assertThat(interval.minDays().value()).isEqualTo(7);
      assertThat(interval.minDays().basis().words())
          .isEqualTo("one session per week so as not to force cell regeneration");
      assertThat(interval.preferredDays().value()).isEqualTo(7);
      assertThat(interval.maxDays().value()).isEqualTo(14);
    }
    assertThat(COURSE.sessionRules().get(0).when().stage()).containsExactly(StriaeStage.RUBRA);
    assertThat(COURSE.sessionRules().get(1).when().stage()).containsExactly(StriaeStage.ALBA);
  }

  /** 002: "each session lasts between 30 and 45 minutes"; more areas take longer (Regimen default: 5 minutes an area). */
  @Test
  void sessionsLastThirtyToFortyFiveMinutesGrowingWithTheAreas() {
    assertThat(minutes(BodyArea.ABDOMEN)).isEqualTo(30);
    assertThat(minutes(BodyArea.ABDOMEN, BodyArea.THIGHS)).isEqualTo(35);
    assertThat(minutes(BodyArea.ABDOMEN, BodyArea.THIGHS, BodyArea.HIPS)).isEqualTo(40);
    assertThat(minutes(BodyArea.ABDOMEN, BodyArea.THIGHS, BodyArea.HIPS, BodyArea.BUTTOCKS)).isEqualTo(45);
    assertThat(minutes(BodyArea.values())).isEqualTo(45);
    Session session = plan(request(StriaeStage.RUBRA)).sessions().get(0);
    assertThat(session.visitMinutes()).isEqualTo(session.minutes() + 15);
  }

  /**
   * 002: "The first action to be taken by the specialists is to identify the areas to be treated,
   * in order to clean and disinfect them"; "some specialists choose to apply a topical anesthetic
   * cream"; "This liquid will be deposited under the dermis."
   */
  @Test
  void stepsIdentifyCleanOptionallyNumbThenInjectUnderTheDermis() {
    assertThat(plan(request(StriaeStage.RUBRA)).sessions())
        .allSatisfy(s -> assertThat(s.steps())
            .containsExactly("AREA_IDENTIFICATION", "CLEANSING", "TOPICAL_ANAESTHESIA", "MICRO_INJECTION"));
    assertThat(COURSE.steps()).filteredOn(StepSpec::optional).extracting(StepSpec::code)
        .containsExactly("TOPICAL_ANAESTHESIA");
  }

  /** 002: "You could see immediate results in as little as three sessions, as well as take up to six sessions to notice the slightest change." */
  @Test
  void firstChangeShowsBetweenTheThirdAndTheSixthSession() {
    for (StriaeStage stage : StriaeStage.values()) {
      TreatmentPlan plan = plan(request(stage));
      ResultWindow onset = window(plan, ResultPhase.ONSET);
      assertThat(onset.days().from()).isEqualTo(plan.sessions().get(2).date());
      assertThat(onset.days().to()).isEqualTo(plan.sessions().get(5).date());
    }
  }

  /** 002: "their fading could be achieved after 8 to 10 weeks" (red or purple marks only). */
  @Test
  void redMarksFadeEightToTenWeeksAfterTheFirstSession() {
    TreatmentPlan plan = plan(request(StriaeStage.RUBRA));
    LocalDate first = plan.sessions().get(0).date();

    ResultWindow optimal = window(plan, ResultPhase.OPTIMAL);
    assertThat(optimal.days().from()).isEqualTo(first.plusWeeks(8));
    assertThat(optimal.days().to()).isEqualTo(first.plusWeeks(10));
    assertThat(optimal.sourceWords()).isEqualTo("their fading could be achieved after 8 to 10 weeks");
    // Counted in weekly sessions, so the window follows the course.
    assertThat(optimal.days().from()).isEqualTo(plan.sessions().get(7).date().plusDays(7));
    assertThat(optimal.days().to()).isEqualTo(plan.sessions().get(9).date().plusDays(7));
  }

  /** 002: "To treat white stretch marks, therapies of up to 6 months or more will be needed." */
  @Test
  void whiteMarksFadeOverSixMonthsOrMore() {
    TreatmentPlan plan = plan(request(StriaeStage.ALBA));
    LocalDate last = plan.sessions().get(25).date();

    List<ResultWindow> optimal =
        plan.results().stream().filter(r -> r.phase() == ResultPhase.OPTIMAL).toList();
    assertThat(optimal).hasSize(1);
    // Opens when the 6-month course ends; closes 6 months later (Regimen default: no upper limit given).
    assertThat(optimal.get(0).days().from()).isEqualTo(last);
    assertThat(optimal.get(0).days().to()).isEqualTo(last.plusMonths(6));
    assertThat(optimal.get(0).note()).hasValueSatisfying(n -> assertThat(n).contains("6 months or more"));
  }

  /** 002: "could be around 100€ to 150€ per session. (USD 120 to USD 180)": per session times the count, never converted. */
  @Test
  void costIsThePerSessionPriceTimesTheCountInTheRequestedCurrency() {
    assertThat(plan(request(StriaeStage.RUBRA)).cost()).contains(Cost.of(Currency.EUR, 1000, 1500));
    assertThat(plan(request(StriaeStage.ALBA)).cost()).contains(Cost.of(Currency.EUR, 2600, 3900));
    assertThat(plan(request(StriaeStage.RUBRA).currency(Currency.USD)).cost())
        .contains(Cost.of(Currency.USD, 1200, 1800));
    assertThat(plan(request(StriaeStage.ALBA).currency(Currency.USD)).cost())
        .contains(Cost.of(Currency.USD, 3120, 4680));
  }

  /** 002: "the specialist will choose the most suitable according to the stretch marks to be treated": the library names no mix. */
  @Test
  void thePlanSaysOnceThatTheMixIsThePractitionersChoice() {
    TreatmentPlan plan = plan(request(StriaeStage.ALBA));
    assertThat(plan.notes()).anyMatch(n -> n.contains("practitioner's choice"));
    // Issue 14: "Every session repeats the same six practitioner notes": stated once, in the plan.
    assertThat(plan.sessions())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.notes()).noneMatch(n -> n.contains("practitioner's choice")));
  }

  /** 002: "you may see side effects such as bruising and swelling". */
  @Test
  void bruisingAndSwellingAreCommonVisibleSideEffects() {
    List<Risk> risks = plan(request(StriaeStage.RUBRA)).risks();
    assertThat(risks).extracting(Risk::code).containsExactly("BRUISING", "SWELLING");
    assertThat(risks).allSatisfy(r -> {
      assertThat(r.likelihood()).isEqualTo(Likelihood.COMMON);
      assertThat(r.site()).isEqualTo(RiskSite.INJECTION);
      assertThat(r.sourceWords()).isEqualTo("you may see side effects such as bruising and swelling");
    });
    assertThat(COURSE.risks()).allMatch(r -> r.visible());
  }

  /** 002: "you won't need a recovery period after the treatment". */
  @Test
  void thereIsNoRecoveryPeriod() {
    assertThat(plan(request(StriaeStage.ALBA)).sessions()).allMatch(s -> s.downtime().isEmpty());
    assertThat(COURSE.downtime().orElseThrow().value().days().max()).isZero();
  }

  /** 002: "maintaining a healthy diet, drinking plenty of water and practicing a physical exercise routine". */
  @Test
  void dietWaterAndExerciseRunThroughEveryWeekOfTheCourse() {
    for (Session session : plan(request(StriaeStage.RUBRA)).sessions()) {
      assertThat(session.after()).extracting(DatedInstruction::code)
          .containsExactly("HEALTHY_DIET", "HYDRATION", "EXERCISE");
      for (DatedInstruction instruction : session.after()) {
        assertThat(instruction.days().from()).isEqualTo(session.date());
        assertThat(instruction.days().to()).isEqualTo(session.date().plusDays(6));
      }
    }
  }

  /** 002: "Mesotherapy for stretch marks is designed to treat any area of the body", except the breast. */
  @Test
  void everyBodyAreaButTheBreastIsOffered() {
    assertThat(COURSE.areas()).doesNotContain(BodyArea.BREASTS).hasSize(BodyArea.values().length - 1);
  }

  static List<Long> gaps(TreatmentPlan plan) {
    List<LocalDate> dates = dates(plan);
    return java.util.stream.IntStream.range(1, dates.size())
        .mapToObj(i -> ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i)))
        .toList();
  }

  static List<LocalDate> dates(TreatmentPlan plan) {
    return plan.sessions().stream().map(Session::date).toList();
  }

  static long courseDays(TreatmentPlan plan) {
    List<LocalDate> dates = dates(plan);
    return ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1)) + 1;
  }

  static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + code));
  }

  private static ResultWindow window(TreatmentPlan plan, ResultPhase phase) {
    return plan.results().stream().filter(r -> r.phase() == phase).findFirst().orElseThrow();
  }

  private static int minutes(BodyArea... areas) {
    return plan(request(StriaeStage.RUBRA, areas)).sessions().get(0).minutes();
  }
}
