package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.PastSessionStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.AdverseEvent;
import org.regimen.request.CourseResponse;
import org.regimen.request.History;
import org.regimen.request.ImmutableHistory;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.PastSession;
import org.regimen.request.TreatmentRequest;

/**
 * Worked examples of a course in progress (issue 13) that every therapy runs with its own numbers:
 * a late session, a missed month, a long break with reassessment, a complete course, an adverse
 * reaction and a partial response. A subclass gives a bookable request and the values its protocol
 * should produce, written out (not read from the protocol), so a changed protocol value fails here.
 *
 * @since 0.1.0
 */
public abstract class CourseInProgressExamples {
  private static final Regimen REGIMEN = Regimen.load();

  /**
   * {@return a request the therapy plans with no finding that defers it, on a calendar that blocks
   * nothing}
   */
  protected abstract TreatmentRequest request();

  /** {@return the sessions its course plans (at least 2)} */
  protected abstract int expectedSessions();

  /** {@return the course's preferred gap, in days} */
  protected abstract int expectedPreferredGap();

  /** {@return the protocol's minimum gap, in days} */
  protected abstract int expectedMinimumGap();

  /** {@return the long-break rule: a gap of more than this many days asks for a reassessment} */
  protected abstract int expectedLongBreakDays();

  /** {@return the source label the long-break finding cites} */
  protected abstract String expectedLongBreakSource();

  /**
   * {@return the count a partial response extends the course to (the same count when the protocol
   * has none)}
   */
  protected abstract int expectedPartialCount();

  /**
   * {@return words the fainting finding's action must contain (the blood draw where there is one)}
   */
  protected abstract String expectedFaintingWords();

  /**
   * Plans a request with every therapy on the class path.
   *
   * @param request the request
   * @return its plan
   */
  protected final TreatmentPlan plan(TreatmentRequest request) {
    return REGIMEN.plan(request);
  }

  private TreatmentPlan original() {
    TreatmentPlan plan = plan(request());
    assertThat(plan.eligibility().status())
        .as("the example request is bookable")
        .isIn(EligibilityStatus.ELIGIBLE, EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.sessions()).hasSize(expectedSessions());
    return plan;
  }

  private TreatmentPlan replan(List<PastSession> done, LocalDate asOf, CourseResponse response) {
    ImmutableHistory.Builder history = History.builder().sessions(done);
    if (response != null) {
      history.response(response);
    }
    return plan(HistoryReplay.replayed(request(), List.of(), asOf).withHistory(history.build()));
  }

  private String treatment() {
    return request().treatment().orElseThrow();
  }

  @Test
  void aLateSessionCountsAndTheNextOneKeepsItsGapFromIt() {
    TreatmentPlan original = original();
    List<PastSession> done = new ArrayList<>(original.sessionsAsDone(1));
    // Session 2 came 10 days later than planned.
    LocalDate late = original.sessions().get(1).date().plusDays(10);
    done.add(PastSession.of(treatment(), late, original.sessions().get(1).areas()));

    TreatmentPlan plan = replan(done, late, null);

    assertThat(plan.history()).extracting(EvaluatedSession::status)
        .containsExactly(PastSessionStatus.COUNTED, PastSessionStatus.COUNTED);
    assertThat(plan.sessions()).hasSize(expectedSessions() - 2);
    if (!plan.sessions().isEmpty()) {
      Session next = plan.sessions().get(0);
      assertThat(next.number()).isEqualTo(3);
      long gap = ChronoUnit.DAYS.between(late, next.date());
      assertThat(gap).as("gap after the late session").isGreaterThanOrEqualTo(expectedMinimumGap());
      // 10 days late is beyond every protocol's slack, or within it: either way no catch-up below
      // the minimum, and never later than one preferred gap after it.
      assertThat(gap).isLessThanOrEqualTo(expectedPreferredGap());
    }
  }

  @Test
  void aMissedMonthPlansTheRestFromToday() {
    TreatmentPlan original = original();
    List<PastSession> done = original.sessionsAsDone(1);
    LocalDate asOf = done.get(0).date().plusDays(expectedPreferredGap() + 30L);

    TreatmentPlan plan = replan(done, asOf, null);

    assertThat(plan.sessions()).hasSize(expectedSessions() - 1);
    assertThat(plan.sessions().get(0).number()).isEqualTo(2);
    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(asOf);
    boolean beyondBreak = expectedPreferredGap() + 30 > expectedLongBreakDays();
    assertThat(codes(plan).contains("LONG_BREAK_IN_COURSE")).isEqualTo(beyondBreak);
  }

  @Test
  void aLongBreakAsksForAReassessmentAndTheSessionsStillCount() {
    TreatmentPlan original = original();
    List<PastSession> done = new ArrayList<>(original.sessionsAsDone(1));
    LocalDate afterBreak = done.get(0).date().plusDays(expectedLongBreakDays() + 1L);
    done.add(PastSession.of(treatment(), afterBreak, done.get(0).areas()));

    TreatmentPlan plan = replan(done, afterBreak, null);

    assertThat(plan.history()).extracting(EvaluatedSession::status)
        .containsExactly(PastSessionStatus.COUNTED, PastSessionStatus.AFTER_LONG_BREAK);
    assertThat(plan.history()).allMatch(EvaluatedSession::counted);
    Finding finding = finding(plan, "LONG_BREAK_IN_COURSE");
    assertThat(finding.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(finding.source()).isEqualTo(expectedLongBreakSource());
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(plan.sessions()).hasSize(Math.max(0, expectedSessions() - 2)).allMatch(Session::tentative);

    // One day shorter is not a long break.
    List<PastSession> shorter = new ArrayList<>(done.subList(0, 1));
    LocalDate inTime = done.get(0).date().plusDays(expectedLongBreakDays());
    shorter.add(PastSession.of(treatment(), inTime, done.get(0).areas()));
    assertThat(codes(replan(shorter, inTime, null))).doesNotContain("LONG_BREAK_IN_COURSE");
  }

  @Test
  void aCompleteCourseHasNoSessionsAndItsMaintenanceFromTheRealLastSession() {
    TreatmentPlan original = original();
    List<PastSession> done = new ArrayList<>(original.sessionsAsDone(expectedSessions()));
    // The last session came a week late: maintenance and results follow the real day.
    PastSession last = done.get(done.size() - 1);
    LocalDate real = last.date().plusDays(7);
    done.set(done.size() - 1, PastSession.of(treatment(), real, last.areas()));

    TreatmentPlan plan = replan(done, real, null);

    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.conflicts()).isEmpty();
    assertThat(plan.history()).hasSize(expectedSessions()).allMatch(EvaluatedSession::counted);
    assertThat(plan.maintenance()).isPresent();
    original.maintenance().flatMap(m -> m.days()).ifPresent(days ->
        assertThat(plan.maintenance().get().days().orElseThrow().from()).isEqualTo(days.from().plusDays(7)));
    assertThat(plan.results()).hasSameSizeAs(original.results());
    assertThat(plan.results().get(0).days().from()).isEqualTo(original.results().get(0).days().from());
  }

  @Test
  void anAllergicReactionStopsTheCourseUntilAClinicianReviewsIt() {
    TreatmentPlan original = original();
    PastSession first = original.sessionsAsDone(1).get(0);
    PastSession reacted =
        PastSession.builder().from(first).addAdverse(AdverseEvent.ALLERGIC_REACTION).build();

    TreatmentPlan plan = replan(List.of(reacted), first.date(), null);

    Finding finding = finding(plan, "ALLERGIC_REACTION_AFTER_SESSION");
    assertThat(finding.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(plan.sessions()).isNotEmpty().allMatch(Session::tentative);

    PastSession fainted = PastSession.builder().from(first).addAdverse(AdverseEvent.FAINTING).build();
    Finding fainting = finding(replan(List.of(fainted), first.date(), null), "FAINTING_AFTER_SESSION");
    assertThat(fainting.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(fainting.action()).contains(expectedFaintingWords());
  }

  @Test
  void aPartialResponseExtendsTheCourseOnlyWhereTheProtocolSaysSo() {
    TreatmentPlan original = original();
    List<PastSession> done = original.sessionsAsDone(1);

    TreatmentPlan plan = replan(done, done.get(0).date(), CourseResponse.PARTIAL);

    assertThat(plan.sessions()).hasSize(expectedPartialCount() - 1);
    assertThat(finding(plan, "PARTIAL_RESPONSE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    TreatmentPlan good = replan(done, done.get(0).date(), CourseResponse.GOOD);
    assertThat(good.sessions()).isEqualTo(original.sessions().subList(1, expectedSessions()));
    TreatmentPlan none = replan(done, done.get(0).date(), CourseResponse.NONE);
    assertThat(finding(none, "NO_RESPONSE").severity()).isEqualTo(FindingSeverity.RELATIVE);
  }

  private static List<String> codes(TreatmentPlan plan) {
    return plan.eligibility().findings().stream().map(Finding::code).toList();
  }

  private static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + code + " in " + codes(plan)));
  }
}
