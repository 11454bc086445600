package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.regimen.Regimen;
import org.regimen.dates.DateRange;
import org.regimen.json.RegimenJson;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.SessionRule;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.PatientTexts;

/**
 * The invariants of docs/design.md, checked on one request's plan.
 *
 * @since 0.1.0
 */
public final class PlanInvariants {
  private PlanInvariants() {}

  /**
   * Plans {@code request} and checks every invariant on the plan; fails with the rule that was broken.
   *
   * @param regimen the library with the module under test
   * @param json the JSON reader and writer for the round trip
   * @param protocol the module's protocol
   * @param request a valid request for the module
   */
  public static void check(Regimen regimen, RegimenJson json, Protocol protocol, TreatmentRequest request) {
    TreatmentPlan plan = regimen.plan(request);

    assertThat(regimen.plan(request)).as("the same request gives the same plan").isEqualTo(plan);
    assertThat(json.readPlan(json.writePlan(plan))).as("JSON round trip").isEqualTo(plan);

    List<Session> sessions = plan.sessions();
    Course course = protocol.courseFor(request.indication()).orElseThrow();

    if (!sessions.isEmpty()) {
      assertThat(course.sessionCount().value().contains(sessions.size()))
          .as("session count %s within the protocol range", sessions.size())
          .isTrue();
      assertThat(sessions.get(0).date()).as("session 1 not before asOf").isAfterOrEqualTo(request.asOf());
    }
    checkGaps(plan, course);
    checkCalendar(sessions, request.calendar());
    checkFindingsHoldSessionsBack(plan);
    checkFindingTexts(plan);
    checkPatientFacts(protocol, request, plan);
  }

  /**
   * An absolute whole-patient finding leaves no sessions, an area's finding keeps its area out, a
   * temporary one delays session 1, and a deferred or gated plan is tentative.
   */
  private static void checkFindingsHoldSessionsBack(TreatmentPlan plan) {
    List<Session> sessions = plan.sessions();
    EligibilityStatus status = plan.eligibility().status();
    for (Finding finding : plan.eligibility().findings()) {
      if (finding.area().isEmpty() && finding.severity() == FindingSeverity.ABSOLUTE) {
        assertThat(status).as("whole-patient absolute finding %s", finding.code()).isEqualTo(EligibilityStatus.INELIGIBLE);
        assertThat(sessions).as("no sessions for an absolute contraindication").isEmpty();
      }
      if (finding.area().isPresent()) {
        for (Session session : sessions) {
          assertThat(session.areas()).as("area-scoped finding's area never planned").doesNotContain(finding.area().get());
        }
      }
      if (finding.severity() == FindingSeverity.TEMPORARY && finding.until().isPresent() && !sessions.isEmpty()) {
        assertThat(sessions.get(0).date()).as("session 1 after temporary reason %s", finding.code()).isAfter(finding.until().get());
      }
    }
    if (status == EligibilityStatus.DEFERRED || status == EligibilityStatus.REQUIRES_CLEARANCE) {
      assertThat(sessions).as("held-back sessions are tentative").allMatch(Session::tentative);
    }
  }

  private static void checkFindingTexts(TreatmentPlan plan) {
    for (Finding finding : plan.eligibility().findings()) {
      // design.md, "Who reads a text": a patient text for every finding except what a clinician
      // discloses in person.
      assertThat(finding.patientMessage().isEmpty())
          .as("patient text of %s absent exactly when it is disclosed in person", finding.code())
          .isEqualTo(PatientTexts.inPerson(finding.code()));
      if (finding.code().startsWith("UNCONFIRMED_") && finding.severity() == FindingSeverity.RELATIVE) {
        assertThat(plan.sessions()).as("an unknown that gates leaves only tentative sessions").allMatch(Session::tentative);
      }
    }
  }

  /** What the request says about the patient: sex, unknowns, and a predicted period. */
  private static void checkPatientFacts(Protocol protocol, TreatmentRequest request, TreatmentPlan plan) {
    if (request.patient().sex().filter(s -> s == Sex.MALE).isPresent()) {
      assertThat(plan.eligibility().findings()).extracting(Finding::code)
          .as("a man is never asked about pregnancy, periods, conceiving or a birth")
          .doesNotContain("UNCONFIRMED_PREGNANCY_STATUS", "UNCONFIRMED_MENSTRUAL_CYCLE", "UNCONFIRMED_REPRODUCTIVE");
    }
    if (anyUnknown(request.patient())) {
      assertThat(plan.eligibility().status()).as("unknown is never plainly eligible").isNotEqualTo(EligibilityStatus.ELIGIBLE);
    }
    if (protocol.avoidsMenstruation() && request.patient().menstruation().isPresent()) {
      MenstrualCycle cycle = request.patient().menstruation().get();
      for (Session session : plan.sessions()) {
        assertThat(isPredictedPeriodDay(cycle, session.date())).as("session on a predicted period day").isFalse();
      }
    }
  }

  private static void checkGaps(TreatmentPlan plan, Course course) {
    int min = course.interval().minDays().value();
    int max = course.interval().maxDays().value();
    for (SessionRule rule : course.sessionRules()) {
      if (rule.interval().isPresent()) {
        min = Math.min(min, rule.interval().get().minDays().value());
        max = Math.max(max, rule.interval().get().maxDays().value());
      }
    }
    List<Session> sessions = plan.sessions();
    for (int i = 1; i < sessions.size(); i++) {
      long gap = ChronoUnit.DAYS.between(sessions.get(i - 1).date(), sessions.get(i).date());
      assertThat(gap).as("gap before session %s at least the minimum", i + 1).isGreaterThanOrEqualTo(min);
      int number = i + 1;
      if (gap > max) {
        assertThat(plan.adjustments())
            .as("a gap above the maximum before session %s is explained", number)
            .anyMatch(a -> a.session() == number);
      }
    }
  }

  private static void checkCalendar(List<Session> sessions, CalendarConstraints calendar) {
    for (int i = 0; i < sessions.size(); i++) {
      LocalDate date = sessions.get(i).date();
      if (i > 0) {
        assertThat(date).as("dates strictly increase").isAfter(sessions.get(i - 1).date());
      }
      assertThat(calendar.openDays()).as("session on an open weekday").contains(date.getDayOfWeek());
      assertThat(calendar.closedDates()).as("session on a closed date").doesNotContain(date);
      for (DateRange unavailable : calendar.unavailable()) {
        assertThat(unavailable.contains(date)).as("session while the patient is unavailable").isFalse();
      }
    }
  }

  /** The attributes every baseline needs: any of them unknown means at least a precaution. */
  static boolean anyUnknown(PatientProfile patient) {
    // A man is never asked about pregnancy: for him an absent status is not an unknown.
    boolean male = patient.sex().filter(s -> s == Sex.MALE).isPresent();
    return patient.birthDate().isEmpty()
        || (!male && patient.pregnancy().isEmpty())
        || patient.pregnancy().equals(Optional.of(PregnancyStatus.UNKNOWN))
        || patient.conditions().isEmpty()
        || patient.medications().isEmpty()
        || patient.allergies().isEmpty()
        || patient.procedures().isEmpty()
        || (!male && patient.reproductive().flatMap(r -> r.tryingToConceive()).isEmpty());
  }

  /**
   * Predicted independently of the library: periods start every cycleDays from lastStart.
   *
   * @param cycle the patient's menstrual cycle
   * @param day a day
   * @return whether {@code day} falls in a predicted period
   */
  public static boolean isPredictedPeriodDay(MenstrualCycle cycle, LocalDate day) {
    if (!cycle.predictable()) {
      return false; // irregular or none: nothing is predicted
    }
    long since = ChronoUnit.DAYS.between(cycle.lastStart().get(), day);
    if (since < 0) {
      return false;
    }
    return since % cycle.cycleDays().get() < cycle.periodDays().get();
  }
}
