package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Conflict;
import org.regimen.plan.Eligibility;
import org.regimen.plan.Visit;
import org.regimen.protocol.Course;
import org.regimen.request.TreatmentRequest;

/**
 * The first day the next session of a course may take, each constraint that moved it as an
 * adjustment (in the order the constraints are weighed), with the visits placed before session 1.
 * Empty, with the conflicts that say why, when no day is left for those visits.
 */
record FirstDay(
    Optional<LocalDate> date, List<Adjustment> adjustments, List<Visit> visits, List<Conflict> conflicts) {

  static FirstDay of(CourseRun run) {
    int next = run.next();
    CourseConstraints extra = run.extra();
    Moved first = allowedDay(run.course(), run.request(), run.eligibility(), next, run.progress().rhythmTarget());
    if (extra.notBefore().isPresent()) {
      first = first.notBefore(extra.notBefore().get(), true, () -> Adjustment.of(next, extra.reason(), extra.text()));
    }
    CourseHistory history = run.progress().history();
    Optional<LocalDate> afterTooSoon =
        history.lastGiven()
            .filter(day -> !day.equals(history.lastCounted().orElse(day)))
            .map(day -> day.plusDays(run.choice().interval().minDays().value()));
    if (afterTooSoon.isPresent()) {
      first = first.notBefore(afterTooSoon.get(), true, () -> Adjustment.of(next, AdjustmentReason.DEFERRAL,
          "Session " + next + " keeps the minimum interval after the past session that came too soon."));
    }
    if (!run.done().isEmpty()) {
      return new FirstDay(Optional.of(first.day()), first.adjustments(), List.of(), List.of());
    }
    // Visits before session 1 (a consultation, tests) belong to a course not yet begun.
    PreSessionVisits placed = PreSessionVisits.place(run.course(), run.request());
    if (placed.sessionsFrom().isEmpty()) {
      return new FirstDay(Optional.empty(), first.adjustments(), placed.visits(), placed.conflicts());
    }
    first = first.notBefore(placed.sessionsFrom().get(), true, () -> Adjustment.of(1, AdjustmentReason.DEFERRAL,
        "Session 1 leaves time after the visits before it (results of tests ordered there)."));
    return new FirstDay(Optional.of(first.day()), first.adjustments(), placed.visits(), List.of());
  }

  /**
   * Session 1 waits for the latest of: asOf, the requested earliest start, the end of every temporary
   * reason, and asOf plus the longest preparation lead time.
   */
  private static Moved allowedDay(
      Course course,
      TreatmentRequest request,
      Eligibility eligibility,
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
    // In a course in progress a constraint moves the next session only beyond its rhythm's day.
    LocalDate binding = rhythmTarget.filter(t -> t.isAfter(requested)).orElse(requested);
    return new Moved(requested, List.of())
        .notBefore(afterLead, afterLead.isAfter(binding), () -> Adjustment.of(number,
            AdjustmentReason.PREPARATION_LEAD_TIME,
            "Session " + number + " leaves time for the preparation that starts before it."))
        .notBefore(afterDeferral, afterDeferral.isAfter(binding), () -> Adjustment.of(number,
            AdjustmentReason.DEFERRAL,
            "Session " + number + " waits until the temporary reasons in the findings have ended."));
  }

  /** A day and the adjustments that moved the session to it, in order. */
  private record Moved(LocalDate day, List<Adjustment> adjustments) {
    /**
     * This, or {@code later} when it is after this day; the move recorded by {@code why} when
     * {@code recorded}.
     */
    Moved notBefore(LocalDate later, boolean recorded, java.util.function.Supplier<Adjustment> why) {
      if (!later.isAfter(day)) {
        return this;
      }
      if (!recorded) {
        return new Moved(later, adjustments);
      }
      List<Adjustment> moved = new ArrayList<>(adjustments.size() + 1);
      moved.addAll(adjustments);
      moved.add(why.get());
      return new Moved(later, moved);
    }
  }
}
