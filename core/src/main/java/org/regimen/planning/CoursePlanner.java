package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regimen.dates.DateRange;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.Cost;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.Maintenance;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.ImmutableRisk;
import org.regimen.plan.ImmutableMaintenance;
import org.regimen.protocol.Anchor;
import org.regimen.protocol.Course;
import org.regimen.protocol.IntRange;
import org.regimen.protocol.Interval;
import org.regimen.protocol.MaintenanceSpec;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ResultSpec;
import org.regimen.protocol.RiskSpec;
import org.regimen.protocol.Sourced;
import org.regimen.protocol.Span;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;
import org.regimen.scheduling.ImmutableScheduleRequest;
import org.regimen.scheduling.Schedule;
import org.regimen.scheduling.ScheduleRequest;
import org.regimen.scheduling.Scheduler;
import org.regimen.screening.MatchEvaluator;
import org.regimen.screening.ScreeningEngine;
import org.regimen.screening.ScreeningResult;
import org.regimen.spi.TreatmentModule;

/**
 * Plans one course for one patient: screen, choose the row of the session table, fit the sessions
 * onto real dates, then date everything around them. The request is already valid.
 */
final class CoursePlanner {
  private final ScreeningEngine screening = new ScreeningEngine();
  private final PreparedProtocols prepared;

  CoursePlanner(PreparedProtocols prepared) {
    this.prepared = prepared;
  }

  TreatmentPlan plan(TreatmentModule module, Course course, TreatmentRequest request) {
    return plan(module, course, request, CourseConstraints.NONE);
  }

  /**
   * As {@link #plan(TreatmentModule, Course, TreatmentRequest)}, inside a combined plan. The stages
   * in order: screen and evaluate the history ({@link CourseRun}), stop where nothing is left to
   * plan, find session 1's first allowed day, schedule, then date the sessions and what follows them.
   */
  TreatmentPlan plan(
      TreatmentModule module, Course course, TreatmentRequest request, CourseConstraints extra) {
    CourseRun run = screen(module, course, request, extra);
    ImmutableTreatmentPlan.Builder plan = TreatmentPlanStart.of(prepared.ref(module), request, run.screened())
        .history(run.progress().history().entries())
        .eligibility(run.eligibility())
        .risks(risks(run.protocol(), course, request, run.areas().size()))
        .sources(sources(prepared.sources(run.protocol(), course), run.eligibility().findings()));
    if (run.progress().complete()) {
      // Nothing left to plan: results and maintenance are dated from the real sessions.
      plan.results(results(run.protocol(), course, request, run.areas().size(), run.done()));
      course.maintenance().ifPresent(
          m -> plan.maintenance(maintenance(run.protocol(), m, run.progress().history().lastCounted())));
      return plan.build();
    }
    if (!run.plannable()) {
      if (run.areas().isEmpty()) {
        plan.addConflicts(
            Conflict.builder()
                .constraint(ConstraintKind.NO_AREA_LEFT)
                .text("No requested area can be treated: see the findings.")
                .build());
      }
      return undated(run, plan);
    }
    Optional<LocalDate> firstAllowed = firstAllowed(run, plan);
    if (firstAllowed.isEmpty()) {
      return plan.build(); // no day for the consultation: the conflict says why
    }
    List<List<BodyArea>> visitAreas = VisitSplit.groups(course, request, run.areas());
    Schedule schedule = Scheduler.schedule(scheduleRequest(run, module, firstAllowed.get(), visitAreas.size()));
    plan.addAllAdjustments(schedule.adjustments());
    plan.addAllConflicts(schedule.conflicts());
    if (schedule.dates().isEmpty()) {
      return undated(run, plan);
    }
    return dated(run, module, plan, schedule, visitAreas);
  }

  /**
   * What the planning of one course works from: the screening, the row of the session table, the
   * past sessions judged against it and the findings they add.
   */
  private record CourseRun(
      Protocol protocol,
      Course course,
      TreatmentRequest request,
      CourseConstraints extra,
      ScreeningResult screened,
      CourseChoice choice,
      CourseProgress progress,
      Eligibility eligibility) {
    List<BodyArea> areas() {
      return screened.remainingAreas();
    }

    List<LocalDate> done() {
      return progress.history().counted();
    }

    /** The number of the first session to plan, after the counted ones. */
    int next() {
      return done().size() + 1;
    }

    boolean plannable() {
      return screened.sessionsAllowed()
          && eligibility.status() != EligibilityStatus.INELIGIBLE
          && !areas().isEmpty();
    }
  }

  private CourseRun screen(
      TreatmentModule module, Course course, TreatmentRequest request, CourseConstraints extra) {
    Protocol protocol = module.protocol();
    String treatment = prepared.ref(module).id(); // worked out once per catalog
    ScreeningResult screened =
        screening.screen(
            request, prepared.rules(protocol), course, module.screen(request, course),
            CourseHistory.courseBegan(request, treatment));
    // A course in progress: judge the past sessions, count what remains, raise what they tell.
    CourseChoice choice = CourseChoice.choose(course, request, screened.remainingAreas());
    CourseProgress progress = CourseProgress.of(protocol, treatment, course, choice, request);
    Eligibility eligibility = HistoryFindings.add(screened.eligibility(), progress.findings());
    return new CourseRun(protocol, course, request, extra, screened, choice, progress, eligibility);
  }

  /** A plan without session dates still names the maintenance the course would have. */
  private static TreatmentPlan undated(CourseRun run, ImmutableTreatmentPlan.Builder plan) {
    run.course().maintenance().ifPresent(m -> plan.maintenance(maintenance(run.protocol(), m, Optional.empty())));
    return plan.build();
  }

  /**
   * The first day the next session may take, each constraint that moved it recorded as an
   * adjustment; empty when no day is left for the visits before session 1.
   */
  private static Optional<LocalDate> firstAllowed(CourseRun run, ImmutableTreatmentPlan.Builder plan) {
    int next = run.next();
    CourseConstraints extra = run.extra();
    LocalDate firstAllowed =
        firstAllowedDay(run.course(), run.request(), run.eligibility(), plan, next, run.progress().rhythmTarget());
    if (extra.notBefore().isPresent() && extra.notBefore().get().isAfter(firstAllowed)) {
      firstAllowed = extra.notBefore().get();
      plan.addAdjustments(Adjustment.of(next, extra.reason(), extra.text()));
    }
    CourseHistory history = run.progress().history();
    Optional<LocalDate> afterTooSoon =
        history.lastGiven()
            .filter(day -> !day.equals(history.lastCounted().orElse(day)))
            .map(day -> day.plusDays(run.choice().interval().minDays().value()));
    if (afterTooSoon.isPresent() && afterTooSoon.get().isAfter(firstAllowed)) {
      firstAllowed = afterTooSoon.get();
      plan.addAdjustments(
          Adjustment.of(next, AdjustmentReason.DEFERRAL,
              "Session " + next + " keeps the minimum interval after the past session that came too soon."));
    }
    // Visits before session 1 (a consultation, tests) belong to a course not yet begun.
    Optional<LocalDate> afterVisits =
        run.done().isEmpty() ? PreSessionVisits.place(run.course(), run.request(), plan) : Optional.of(firstAllowed);
    if (afterVisits.isEmpty()) {
      return Optional.empty();
    }
    if (afterVisits.get().isAfter(firstAllowed)) {
      firstAllowed = afterVisits.get();
      plan.addAdjustments(
          Adjustment.of(1, AdjustmentReason.DEFERRAL,
              "Session 1 leaves time after the visits before it (results of tests ordered there)."));
    }
    return Optional.of(firstAllowed);
  }

  private ScheduleRequest scheduleRequest(
      CourseRun run, TreatmentModule module, LocalDate firstAllowed, int visitsPerSession) {
    Course course = run.course();
    TreatmentRequest request = run.request();
    Interval interval = run.choice().interval();
    ImmutableScheduleRequest.Builder scheduleRequest =
        ScheduleRequest.builder()
            .sessionCount(run.progress().remaining())
            .minGapDays(interval.minDays().value())
            .preferredGapDays(interval.preferredDays().value())
            .maxGapDays(interval.maxDays().value())
            .firstAllowedDay(firstAllowed)
            .calendar(request.calendar())
            .eventClearanceDays(eventClearanceDays(course))
            .eventWindows(EventWindows.of(course, request.patient(), request.calendar().events()))
            .absenceHealingDays(absenceHealingDays(course))
            .visitsPerSession(visitsPerSession)
            .blockedRanges(run.extra().blocked())
            .addAllBlockedRanges(HistoryBlocks.of(prepared, module, course, request))
            .sessionsDone(run.done());
    if (run.screened().avoidMenstruation()) {
      // Screening predicted the periods from asOf to well past the horizon of the first session.
      scheduleRequest.predictedPeriods(run.screened().predictedPeriods());
    }
    return scheduleRequest.build();
  }

  /** The scheduled sessions, and everything dated from them: results, maintenance, cost. */
  private static TreatmentPlan dated(
      CourseRun run,
      TreatmentModule module,
      ImmutableTreatmentPlan.Builder plan,
      Schedule schedule,
      List<List<BodyArea>> visitAreas) {
    Protocol protocol = run.protocol();
    Course course = run.course();
    TreatmentRequest request = run.request();
    List<LocalDate> dates = schedule.dates();
    Eligibility checked = checkedOnTheDay(run, dates.get(0));
    if (checked != run.eligibility()) {
      plan.eligibility(checked);
    }
    EligibilityStatus status = checked.status();
    boolean tentative =
        status == EligibilityStatus.DEFERRED || status == EligibilityStatus.REQUIRES_CLEARANCE;
    SessionAssembler sessions = new SessionAssembler(protocol, course, request, visitAreas, tentative);
    plan.notes(sessions.courseNotes());
    AreaAssessmentNote.of(request, run.areas()).ifPresent(plan::addNotes);
    for (int i = 0; i < dates.size(); i++) {
      Session session =
          sessions.session(
              run.next() + i, dates.get(i), schedule.furtherVisits().get(i), nearPeriod(run.screened(), dates.get(i)));
      plan.addSessions(module.decorate(session, request, course));
    }
    LocalDate last = dates.get(dates.size() - 1);
    List<LocalDate> courseDates = new ArrayList<>(run.done());
    courseDates.addAll(dates);
    plan.results(results(protocol, course, request, run.areas().size(), courseDates));
    course.maintenance().ifPresent(m -> plan.maintenance(maintenance(protocol, m, Optional.of(last))));
    cost(course, request, dates.size()).ifPresent(plan::cost);
    return plan.build();
  }

  /**
   * The eligibility once the first remaining session has a day: results on file are judged on the
   * course's real session 1, and a long break before the next session adds its finding.
   */
  private static Eligibility checkedOnTheDay(CourseRun run, LocalDate firstDate) {
    List<LocalDate> done = run.done();
    Eligibility checked =
        LabResultsAtSessionOne.check(
            run.protocol(), run.request(), run.eligibility(), done.isEmpty() ? firstDate : done.get(0));
    Optional<Finding> longBreak = run.progress().breakBefore(run.protocol(), firstDate);
    return longBreak.isPresent() ? HistoryFindings.add(checked, List.of(longBreak.get())) : checked;
  }

  /** Only prices the source gives in the request's currency: Regimen never converts. */
  private static Optional<Cost> cost(Course course, TreatmentRequest request, int sessions) {
    return course.price().flatMap(price -> {
      IntRange perCourse = price.perCourse().get(request.currency());
      IntRange perSession = price.perSession().get(request.currency());
      if (perCourse != null) {
        return Optional.of(Cost.of(request.currency(), perCourse.min(), perCourse.max()));
      }
      if (perSession != null) {
        return Optional.of(
            Cost.of(request.currency(), (long) perSession.min() * sessions, (long) perSession.max() * sessions));
      }
      return Optional.empty();
    });
  }

  private static boolean nearPeriod(ScreeningResult screened, LocalDate day) {
    return screened.avoidMenstruation() && screened.nearPredictedPeriod(day, screened.confirmWithinDays());
  }

  /**
   * Session 1 waits for the latest of: asOf, the requested earliest start, the end of every temporary
   * reason, and asOf plus the longest preparation lead time.
   */
  private static LocalDate firstAllowedDay(
      Course course,
      TreatmentRequest request,
      Eligibility eligibility,
      ImmutableTreatmentPlan.Builder plan,
      int number,
      Optional<LocalDate> rhythmTarget) {
    LocalDate asOf = request.asOf();
    LocalDate requested = request.earliestStart().filter(d -> d.isAfter(asOf)).orElse(asOf);
    // The lead time is time to prepare for a first session. A course in progress already has the
    // patient following each session's dated preparation (a supplement pause of two weeks before a
    // weekly session starts at the previous one), so it does not push the next session past its rhythm.
    LocalDate afterLead = number > 1 ? asOf : asOf.plusDays(DatedInstructions.longestLeadDays(
            DatedInstructions.forPatient(course.preparation(), request.patient())));
    LocalDate afterDeferral = eligibility.earliestStart().orElse(asOf);
    LocalDate first = requested;
    // In a course in progress a constraint moves the next session only beyond its rhythm's day.
    LocalDate binding = rhythmTarget.filter(t -> t.isAfter(requested)).orElse(requested);
    if (afterLead.isAfter(first)) {
      first = afterLead;
      if (afterLead.isAfter(binding)) {
        plan.addAdjustments(
            Adjustment.of(number, AdjustmentReason.PREPARATION_LEAD_TIME,
                "Session " + number + " leaves time for the preparation that starts before it."));
      }
    }
    if (afterDeferral.isAfter(first)) {
      first = afterDeferral;
      if (afterDeferral.isAfter(binding)) {
        plan.addAdjustments(
            Adjustment.of(number, AdjustmentReason.DEFERRAL,
                "Session " + number + " waits until the temporary reasons in the findings have ended."));
      }
    }
    return first;
  }

  /**
   * Days after a session its wounds heal, which an absence of the patient must not cover: the
   * visible healing of the injection sites and the healing of a harvest site, whichever is longer.
   */
  static int absenceHealingDays(Course course) {
    return Math.max(eventClearanceDays(course), EventWindows.harvestHealingDays(course));
  }

  /**
   * Days after a session that must stay clear of the patient's events: the downtime (the session
   * day is its first day) and the healing of every visible side effect that may be expected
   * (bruising, swelling, redness ...), in full days after the session day, at the safe end of its
   * range. Rare visible risks are listed in the plan but do not move sessions.
   */
  static int eventClearanceDays(Course course) {
    int days = course.downtime().map(d -> Math.max(0, d.value().days().max() - 1)).orElse(0);
    // Every visible effect that may be expected (common or uncommon) keeps its healing off an
    // event; a rare one, or a mark that does not heal (an open span), would rule out every event.
    for (RiskSpec risk : course.risks()) {
      if (risk.visible()
          && risk.likelihood() != org.regimen.plan.Likelihood.RARE
          && risk.resolves().isPresent()
          && !risk.resolves().get().open()) {
        days = Math.max(days, risk.resolves().get().days().max());
      }
    }
    return days;
  }

  private static List<Risk> risks(Protocol protocol, Course course, TreatmentRequest request, int areas) {
    List<Risk> risks = new ArrayList<>();
    for (RiskSpec spec : course.risks()) {
      boolean raised = spec.raisedWhen().isPresent();
      if (raised && !MatchEvaluator.matches(spec.raisedWhen().get(), request, areas)) {
        continue;
      }
      ImmutableRisk.Builder risk =
          Risk.builder()
              .code(spec.code())
              .likelihood(spec.likelihood())
              .site(spec.site())
              .text(spec.text())
              .source(SourceLabels.label(protocol, spec.basis()))
              .sourceWords(spec.basis().words());
      spec.resolves().filter(s -> !s.open()).ifPresent(s -> risk.resolvesInDays(s.days()));
      if (raised) {
        risk.note("Listed because of what the patient reported.");
      }
      risks.add(risk.build());
    }
    return risks;
  }

  private static List<ResultWindow> results(
      Protocol protocol, Course course, TreatmentRequest request, int areas, List<LocalDate> dates) {
    List<ResultWindow> windows = new ArrayList<>();
    for (ResultSpec spec : course.results()) {
      if (spec.when().isPresent() && !MatchEvaluator.matches(spec.when().get(), request, areas)) {
        continue; // a window for other patients (e.g. another stage of the marks)
      }
      Span span = spec.span();
      if (span.open()) {
        continue; // "long-lasting": no end date, maintenance says what to do instead
      }
      LocalDate opens = anchorDate(spec, dates, true);
      LocalDate closes = anchorDate(spec, dates, false);
      windows.add(
          ResultWindow.builder()
              .phase(spec.phase())
              .days(DateRange.ofClosed(span.earliest(opens), span.latest(closes)))
              .source(SourceLabels.label(protocol, spec.basis()))
              .sourceWords(spec.basis().words())
              .note(spec.note())
              .build());
    }
    return windows;
  }

  /**
   * The session a result window is counted from. With session numbers beyond a short course, the
   * last session stands in: the result cannot come from sessions that are not planned.
   */
  private static LocalDate anchorDate(ResultSpec spec, List<LocalDate> dates, boolean opening) {
    int last = dates.size() - 1;
    return switch (spec.anchor()) {
      case LAST_SESSION -> dates.get(last);
      case SESSIONS -> {
        int number = opening ? spec.sessions().orElseThrow().min() : spec.sessions().orElseThrow().max();
        yield dates.get(Math.min(last, number - 1));
      }
      default -> dates.get(0);
    };
  }

  private static Maintenance maintenance(Protocol protocol, MaintenanceSpec spec, Optional<LocalDate> last) {
    ImmutableMaintenance.Builder maintenance =
        Maintenance.builder()
            .text(spec.text())
            .source(SourceLabels.label(protocol, spec.basis()))
            .sourceWords(spec.basis().words());
    if (last.isPresent() && spec.span().isPresent() && !spec.span().get().open()) {
      Span span = spec.span().get();
      maintenance.days(
          DateRange.ofClosed(span.earliest(last.get()), span.latest(last.get())));
    }
    return maintenance.build();
  }

  /** The course's sources, then any other source a finding cites (the baseline's). */
  private static List<String> sources(List<String> courseSources, List<Finding> findings) {
    Set<String> labels = new LinkedHashSet<>(courseSources);
    for (Finding finding : findings) {
      labels.add(finding.source());
    }
    labels.remove(org.regimen.protocol.Basis.REGIMEN_DEFAULT);
    return List.copyOf(labels);
  }

  static TimeOfDay timeOfDay(Course course) {
    return course.timeOfDay().map(Sourced::value).orElse(TimeOfDay.ANY);
  }
}
