package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.plan.Conflict;
import org.regimen.plan.Visit;
import org.regimen.protocol.Course;
import org.regimen.protocol.VisitSpec;
import org.regimen.request.TreatmentRequest;
import org.regimen.scheduling.Schedule;
import org.regimen.scheduling.ScheduleRequest;
import org.regimen.scheduling.Scheduler;

/**
 * The visits a protocol asks for before session 1 (a consultation where tests are ordered), each on
 * the first day the clinic is open and the patient is available, and the first day session 1 may
 * take after them. When a visit cannot be placed, {@code sessionsFrom} is empty and the conflicts say
 * why; the visits placed before it are kept.
 */
record PreSessionVisits(List<Visit> visits, Optional<LocalDate> sessionsFrom, List<Conflict> conflicts) {

  static PreSessionVisits place(Course course, TreatmentRequest request) {
    LocalDate asOf = request.asOf();
    LocalDate from = request.earliestStart().filter(d -> d.isAfter(asOf)).orElse(asOf);
    LocalDate sessionsFrom = asOf;
    List<Visit> visits = new ArrayList<>(course.visits().size());
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
        return new PreSessionVisits(visits, Optional.empty(), noDay(spec, day));
      }
      LocalDate date = day.dates().get(0);
      visits.add(Visit.builder().kind(spec.kind()).date(date).purpose(spec.purpose()).build());
      LocalDate after = date.plusDays(spec.daysBeforeFirstSession().value());
      if (after.isAfter(sessionsFrom)) {
        sessionsFrom = after;
      }
    }
    return new PreSessionVisits(visits, Optional.of(sessionsFrom), List.of());
  }

  private static List<Conflict> noDay(VisitSpec spec, Schedule day) {
    List<Conflict> conflicts = new ArrayList<>(day.conflicts().size());
    for (Conflict conflict : day.conflicts()) {
      conflicts.add(
          Conflict.builder()
              .constraint(conflict.constraint())
              .text("No day for the " + spec.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " visit before session 1: " + conflict.text())
              .build());
    }
    return conflicts;
  }
}
