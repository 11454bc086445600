package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regimen.dates.DateRange;
import org.regimen.plan.Adjustment;
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
import org.regimen.plan.Visit;
import org.regimen.plan.ImmutableRisk;
import org.regimen.plan.ImmutableMaintenance;
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
  /** Patient-facing texts exist in English only so far; the plan says which language it used. */
  static final String LANGUAGE = "en";

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
   * in order, each returning a value: screen and evaluate the history ({@link CourseRun}), stop where
   * nothing is left to plan, find session 1's first allowed day ({@link FirstDay}), schedule ({@link
   * Schedule}), then date the sessions and what follows them ({@link DatedCourse}); the plan is
   * assembled once from those values.
   */
  TreatmentPlan plan(
      TreatmentModule module, Course course, TreatmentRequest request, CourseConstraints extra) {
    CourseRun run = screen(module, course, request, extra);
    if (run.progress().complete()) {
      // Nothing left to plan: results and maintenance are dated from the real sessions.
      return assemble(module, run, List.of(), List.of(), List.of(), completed(run));
    }
    if (!run.plannable()) {
      return assemble(module, run, List.of(), List.of(), nothingToPlan(run), undated(run));
    }
    FirstDay first = FirstDay.of(run);
    if (first.date().isEmpty()) {
      // No day for the consultation: the conflict says why.
      return assemble(module, run, first.visits(), first.adjustments(), first.conflicts(),
          DatedCourse.none(run.eligibility(), Optional.empty()));
    }
    List<List<BodyArea>> visitAreas = VisitSplit.groups(course, request, run.areas());
    Schedule schedule = Scheduler.schedule(scheduleRequest(run, module, first.date().get(), visitAreas.size()));
    DatedCourse dated = schedule.dates().isEmpty() ? undated(run) : dated(run, module, schedule, visitAreas);
    return assemble(module, run, first.visits(), concat(first.adjustments(), schedule.adjustments()),
        concat(first.conflicts(), schedule.conflicts()), dated);
  }

  /**
   * The sessions and everything dated from them; a course without dated sessions has at most its
   * maintenance (and results, when its past sessions completed it).
   */
  private record DatedCourse(
      Eligibility eligibility,
      List<String> notes,
      List<Session> sessions,
      List<ResultWindow> results,
      Optional<Maintenance> maintenance,
      Optional<Cost> cost) {
    static DatedCourse none(Eligibility eligibility, Optional<Maintenance> maintenance) {
      return new DatedCourse(eligibility, List.of(), List.of(), List.of(), maintenance, Optional.empty());
    }
  }

  /** The plan, built once from the values of the stages. */
  private TreatmentPlan assemble(
      TreatmentModule module,
      CourseRun run,
      List<Visit> visits,
      List<Adjustment> adjustments,
      List<Conflict> conflicts,
      DatedCourse dated) {
    return TreatmentPlan.builder()
        .id(run.request().id())
        .treatment(prepared.ref(module))
        .indication(run.request().indication())
        .language(LANGUAGE)
        .history(run.progress().history().entries())
        .eligibility(dated.eligibility())
        .risks(risks(run.protocol(), run.course(), run.request(), run.areas().size()))
        .sources(sources(prepared.sources(run.protocol(), run.course()), run.eligibility().findings()))
        .visits(visits)
        .adjustments(adjustments)
        .conflicts(conflicts)
        .notes(dated.notes())
        .sessions(dated.sessions())
        .results(dated.results())
        .maintenance(dated.maintenance())
        .cost(dated.cost())
        .build();
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

  /** A course its past sessions completed: results and maintenance dated from them. */
  private static DatedCourse completed(CourseRun run) {
    Optional<Maintenance> maintenance = run.course().maintenance()
        .map(m -> maintenance(run.protocol(), m, run.progress().history().lastCounted()));
    return new DatedCourse(run.eligibility(), List.of(), List.of(),
        results(run.protocol(), run.course(), run.request(), run.areas().size(), run.done()),
        maintenance, Optional.empty());
  }

  /** Why a course that may not be planned has no sessions, when the findings alone do not say. */
  private static List<Conflict> nothingToPlan(CourseRun run) {
    if (!run.areas().isEmpty()) {
      return List.of();
    }
    return List.of(
        Conflict.builder()
            .constraint(ConstraintKind.NO_AREA_LEFT)
            .text("No requested area can be treated: see the findings.")
            .build());
  }

  /** A plan without session dates still names the maintenance the course would have. */
  private static DatedCourse undated(CourseRun run) {
    return DatedCourse.none(
        run.eligibility(), run.course().maintenance().map(m -> maintenance(run.protocol(), m, Optional.empty())));
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
  private static DatedCourse dated(
      CourseRun run, TreatmentModule module, Schedule schedule, List<List<BodyArea>> visitAreas) {
    Protocol protocol = run.protocol();
    Course course = run.course();
    TreatmentRequest request = run.request();
    List<LocalDate> dates = schedule.dates();
    Eligibility checked = checkedOnTheDay(run, dates.get(0));
    EligibilityStatus status = checked.status();
    boolean tentative =
        status == EligibilityStatus.DEFERRED || status == EligibilityStatus.REQUIRES_CLEARANCE;
    SessionAssembler assembler = new SessionAssembler(protocol, course, request, visitAreas, tentative);
    List<String> notes = new ArrayList<>(assembler.courseNotes());
    AreaAssessmentNote.of(request, run.areas()).ifPresent(notes::add);
    List<Session> sessions = new ArrayList<>(dates.size());
    for (int i = 0; i < dates.size(); i++) {
      Session session =
          assembler.session(
              run.next() + i, dates.get(i), schedule.furtherVisits().get(i), nearPeriod(run.screened(), dates.get(i)));
      sessions.add(module.decorate(session, request, course));
    }
    LocalDate last = dates.get(dates.size() - 1);
    List<LocalDate> courseDates = new ArrayList<>(run.done());
    courseDates.addAll(dates);
    return new DatedCourse(checked, notes, sessions,
        results(protocol, course, request, run.areas().size(), courseDates),
        course.maintenance().map(m -> maintenance(protocol, m, Optional.of(last))),
        cost(course, request, dates.size()));
  }

  private static <T> List<T> concat(List<T> first, List<T> then) {
    if (then.isEmpty()) {
      return first;
    }
    List<T> all = new ArrayList<>(first.size() + then.size());
    all.addAll(first);
    all.addAll(then);
    return all;
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
