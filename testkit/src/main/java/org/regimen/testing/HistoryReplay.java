package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.ImmutableSession;
import org.regimen.plan.PastSessionStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Course;
import org.regimen.protocol.Interval;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.SessionRule;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.History;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Lifestyle;
import org.regimen.request.PastSession;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.MatchEvaluator;

/**
 * The properties of a course in progress (issue 13), checked on one generated request:
 *
 * <ul>
 *   <li><b>Replay.</b> Plan a course, take its first k sessions as history on their planned days,
 *       re-plan on the day of the last of them: the remaining sessions, the result windows and the
 *       maintenance are the original plan's, for every k (a complete course has no sessions).
 *   <li><b>A late session.</b> Moving the last past session later by d days moves every remaining
 *       session by at least {@code d - (max - preferred interval)}, and the next one is never closer
 *       to it than the minimum gap (checked on a calendar that blocks nothing, so only the rhythm
 *       moves sessions).
 *   <li><b>Too soon.</b> A past session inside the minimum interval after a counted one is never
 *       counted, and the next session still keeps the minimum gap from it (it touched the skin).
 * </ul>
 *
 * Only plans whose sessions may be booked are replayed: a tentative, deferred plan's sessions are
 * not "done as planned" (the reasons that deferred them are dated from {@code asOf}).
 *
 * @since 0.1.0
 */
public final class HistoryReplay {
  private HistoryReplay() {}

  /**
   * Checks the request as generated and the same request for a patient with nothing to hold her
   * back (most generated patients have a finding that defers them, and a deferred plan is not
   * replayed).
   *
   * @param regimen the library with the therapy
   * @param protocol the therapy's protocol
   * @param request a generated request for the therapy
   * @return how many re-plans were checked
   */
  public static int check(Regimen regimen, Protocol protocol, TreatmentRequest request) {
    return checkOne(regimen, protocol, request) + checkOne(regimen, protocol, withHealthyPatient(request));
  }

  private static int checkOne(Regimen regimen, Protocol protocol, TreatmentRequest request) {
    int checked = replay(regimen, request);
    TreatmentRequest open = withOpenCalendar(request);
    TreatmentPlan plan = regimen.plan(open);
    if (!replayable(plan) || plan.sessions().size() < 2) {
      return checked;
    }
    Interval interval = interval(protocol, open, plan);
    lateSession(regimen, open, plan, interval);
    tooSoon(regimen, open, plan, interval);
    return checked + 1;
  }

  private static int replay(Regimen regimen, TreatmentRequest request) {
    TreatmentPlan original = regimen.plan(request);
    if (!replayable(original)) {
      return 0;
    }
    List<Session> planned = original.sessions();
    for (int k = 1; k <= planned.size(); k++) {
      List<PastSession> done = original.sessionsAsDone(k);
      TreatmentPlan again = regimen.plan(replayed(request, done, planned.get(k - 1).date()));
      String as = "replay after " + k + " of " + planned.size() + " sessions: ";
      assertThat(again.history()).as(as + "history judged").hasSize(k);
      assertThat(again.history()).as(as + "every session done as planned counts")
          .allMatch(e -> e.counted() && e.status() == PastSessionStatus.COUNTED);
      // Same dates and contents; whether they may be booked is judged anew on the later asOf (a
      // reason for clearance that ended between the two days no longer holds the sessions back).
      assertThat(bookingFree(again.sessions()))
          .as(as + "the remaining sessions")
          .isEqualTo(bookingFree(planned.subList(k, planned.size())));
      assertThat(again.results()).as(as + "result windows").isEqualTo(original.results());
      assertThat(again.maintenance()).as(as + "maintenance").isEqualTo(original.maintenance());
    }
    return planned.size();
  }

  private static void lateSession(Regimen regimen, TreatmentRequest request, TreatmentPlan plan, Interval interval) {
    List<Session> planned = plan.sessions();
    int slack = interval.maxDays().value() - interval.preferredDays().value();
    int min = interval.minDays().value();
    for (int k = 1; k < planned.size(); k++) {
      for (int d : new int[] {1, slack, slack + 1, min, 2 * interval.maxDays().value() - 1}) {
        if (d < 1) {
          continue;
        }
        List<PastSession> done = new ArrayList<>(plan.sessionsAsDone(k));
        PastSession last = done.get(k - 1);
        LocalDate moved = last.date().plusDays(d);
        done.set(k - 1, PastSession.of(last.treatment(), moved, last.areas()));
        TreatmentPlan again = regimen.plan(replayed(request, done, moved));
        String as = "session " + k + " of " + planned.size() + " moved " + d + " days later: ";
        assertThat(again.history()).as(as + "still counted").allMatch(EvaluatedSession::counted);
        List<Session> remaining = again.sessions();
        assertThat(remaining).as(as + "as many remain").hasSize(planned.size() - k);
        assertThat(ChronoUnit.DAYS.between(moved, remaining.get(0).date()))
            .as(as + "the next one keeps the minimum gap").isGreaterThanOrEqualTo(min);
        for (int i = 0; i < remaining.size(); i++) {
          long shift = ChronoUnit.DAYS.between(planned.get(k + i).date(), remaining.get(i).date());
          assertThat(shift).as(as + "session " + (k + i + 1) + " moves by at least d - slack")
              .isGreaterThanOrEqualTo((long) d - slack);
          assertThat(remaining.get(i).number()).as(as + "numbered after the counted ones").isEqualTo(k + i + 1);
        }
      }
    }
  }

  private static void tooSoon(Regimen regimen, TreatmentRequest request, TreatmentPlan plan, Interval interval) {
    List<Session> planned = plan.sessions();
    List<PastSession> done = plan.sessionsAsDone(1);
    for (int early = 0; early < interval.minDays().value(); early++) {
      List<PastSession> withExtra = new ArrayList<>(done);
      LocalDate day = planned.get(0).date().plusDays(early);
      // On the same day without the extra session: lead times count from asOf either way.
      TreatmentPlan reference = regimen.plan(replayed(request, done, day));
      withExtra.add(PastSession.of(done.get(0).treatment(), day, done.get(0).areas()));
      TreatmentPlan again = regimen.plan(replayed(request, withExtra, day));
      String as = "a session " + early + " days after session 1: ";
      assertThat(again.history().get(1).counted()).as(as + "not counted").isFalse();
      assertThat(again.history().get(1).status()).as(as + "too soon").isEqualTo(PastSessionStatus.TOO_SOON);
      assertThat(again.sessions()).as(as + "as many remain").hasSameSizeAs(reference.sessions());
      assertThat(ChronoUnit.DAYS.between(day, again.sessions().get(0).date()))
          .as(as + "the next one keeps the minimum gap from it too")
          .isGreaterThanOrEqualTo(interval.minDays().value());
      for (int i = 0; i < again.sessions().size(); i++) {
        assertThat(again.sessions().get(i).date()).as(as + "never earlier than without it")
            .isAfterOrEqualTo(reference.sessions().get(i).date());
      }
    }
  }

  /** A plan whose sessions may be booked: not deferred or ruled out, with sessions. */
  private static List<Session> bookingFree(List<Session> sessions) {
    return sessions.stream()
        .map(s -> (Session) ImmutableSession.copyOf(s)
            .withTentative(false)
            .withNotes(s.notes().stream().filter(n -> !n.startsWith("Tentative:")).toList()))
        .toList();
  }

  private static boolean replayable(TreatmentPlan plan) {
    EligibilityStatus status = plan.eligibility().status();
    // KNOWN GAP (issue 14, visits split by clinic.maxVisitMinutes): a past session records one date
    // and its areas, so a session split over visits on separate days cannot be given back as done
    // as planned, and its further visits re-plan on other days. Until history records visits, such
    // plans are left out of the replay; every other property still covers them.
    boolean split = plan.sessions().stream().anyMatch(s -> !s.furtherVisits().isEmpty());
    return !split
        && !plan.sessions().isEmpty()
        && status != EligibilityStatus.DEFERRED
        && status != EligibilityStatus.INELIGIBLE;
  }

  /** The request on {@code asOf} with {@code done} as its history; a requested start now past is dropped. */
  static ImmutableTreatmentRequest replayed(TreatmentRequest request, List<PastSession> done, LocalDate asOf) {
    ImmutableTreatmentRequest.Builder b =
        ImmutableTreatmentRequest.builder().from(request).asOf(asOf)
            .history(History.builder().sessions(done).build());
    if (request.earliestStart().isPresent() && request.earliestStart().get().isBefore(asOf)) {
      b.earliestStart(java.util.Optional.empty());
    }
    return b.build();
  }

  /**
   * A 35-year-old patient with every fact known and nothing to hold her back, results taken the
   * day before {@code asOf}; her cycle, the calendar and the assessment stay as generated.
   */
  private static TreatmentRequest withHealthyPatient(TreatmentRequest request) {
    LocalDate asOf = request.asOf();
    ImmutablePatientProfile.Builder patient =
        PatientProfile.builder()
            .birthDate(asOf.minusYears(35))
            .sex(Sex.FEMALE)
            .pregnancy(PregnancyStatus.NONE)
            .conditions(List.of())
            .medications(List.of())
            .allergies(List.of())
            .areaFindings(List.of())
            .procedures(List.of())
            .reproductive(Reproductive.builder().tryingToConceive(false).build())
            .skin(Skin.builder().fitzpatrick(Fitzpatrick.III).type(SkinType.NORMAL).build())
            .menstruation(request.patient().menstruation())
            .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(false).build());
    for (LabTest test : LabTest.values()) {
      if (test.isMeasured()) {
        continue; // no value is the clean one: a measured test on file is a fact of its own
      }
      boolean infectious = test.isInfectionMarker();
      patient.addLabResults(
          LabResult.of(test, infectious ? LabOutcome.NEGATIVE : LabOutcome.NORMAL, asOf.minusDays(1)));
    }
    return ImmutableTreatmentRequest.copyOf(request).withPatient(patient.build());
  }

  /** No calendar and no predicted periods: only the course's rhythm moves sessions. */
  private static TreatmentRequest withOpenCalendar(TreatmentRequest request) {
    ImmutablePatientProfile patient =
        ImmutablePatientProfile.copyOf(request.patient()).withMenstruation(java.util.Optional.empty());
    return ImmutableTreatmentRequest.copyOf(request).withCalendar(CalendarConstraints.NONE).withPatient(patient);
  }

  /** The interval of the course row the plan used (the first row that matches, as planning chooses). */
  private static Interval interval(Protocol protocol, TreatmentRequest request, TreatmentPlan plan) {
    Course course = protocol.courseFor(request.indication()).orElseThrow();
    int areas = plan.sessions().get(0).areas().size();
    for (SessionRule rule : course.sessionRules()) {
      if (MatchEvaluator.matches(rule.when(), request, areas)) {
        return rule.interval().orElse(course.interval());
      }
    }
    return course.interval();
  }
}
