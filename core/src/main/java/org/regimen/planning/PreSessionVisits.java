package org.regimen.planning;

import java.time.LocalDate;
import java.util.Optional;
import org.regimen.plan.Conflict;
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.Visit;
import org.regimen.protocol.Course;
import org.regimen.protocol.VisitSpec;
import org.regimen.request.TreatmentRequest;
import org.regimen.scheduling.Schedule;
import org.regimen.scheduling.ScheduleRequest;
import org.regimen.scheduling.Scheduler;

/**
 * Places the visits a protocol asks for before session 1 (a consultation where tests are ordered)
 * on the first day the clinic is open and the patient is available.
 */
final class PreSessionVisits {
  private PreSessionVisits() {}

  /**
   * Adds the visits to the plan and returns the first day session 1 may take after them; empty when
   * a visit cannot be placed (the plan then has a conflict saying why).
   */
  static Optional<LocalDate> place(
      Course course, TreatmentRequest request, ImmutableTreatmentPlan.Builder plan) {
    LocalDate asOf = request.asOf();
    LocalDate from = request.earliestStart().filter(d -> d.isAfter(asOf)).orElse(asOf);
    LocalDate sessionsFrom = asOf;
    for (VisitSpec spec : course.visits()) {
      Schedule day =
          Scheduler.schedule(
              ScheduleRequest.builder()
                  .sessionCount(1)
                  .minGapDays(1)
                  .preferredGapDays(1)
                  .maxGapDays(1)
                  .firstAllowedDay(from)
                  .calendar(request.calendar())
                  .build());
      if (day.dates().isEmpty()) {
        for (Conflict conflict : day.conflicts()) {
          plan.addConflicts(
              Conflict.builder()
                  .constraint(conflict.constraint())
                  .text("No day for the " + spec.kind().name().toLowerCase(java.util.Locale.ROOT)
                      + " visit before session 1: " + conflict.text())
                  .build());
        }
        return Optional.empty();
      }
      LocalDate date = day.dates().get(0);
      plan.addVisits(Visit.builder().kind(spec.kind()).date(date).purpose(spec.purpose()).build());
      LocalDate after = date.plusDays(spec.daysBeforeFirstSession().value());
      if (after.isAfter(sessionsFrom)) {
        sessionsFrom = after;
      }
    }
    return Optional.of(sessionsFrom);
  }
}
