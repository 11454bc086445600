package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.plan.Session;
import org.regimen.protocol.Course;
import org.regimen.protocol.InstructionSpec;
import org.regimen.protocol.Protocol;

/**
 * The days a course of a combined plan may not take because of a course planned before it. For
 * each session {@code a} of the earlier course:
 *
 * <ul>
 *   <li>its no-procedure window (aftercare with {@code blocksProcedures}), from {@code a} for the
 *       instruction's length, safe end of a vague range;
 *   <li>the day {@code a} itself, unless both protocols allow sessions on one day
 *       ({@code sameDayWithOthers});
 *   <li>the days whose own no-procedure window would cover {@code a}: {@code a - (w - 1)} to
 *       {@code a}, for the later course's window of {@code w} days.
 * </ul>
 *
 * A window covers its session day too, so no same-day flag opens a day a window closes.
 */
final class OtherTreatmentDays {
  private OtherTreatmentDays() {}

  static List<DateRange> blockedBy(
      List<Session> earlierSessions,
      Protocol earlier,
      Course earlierCourse,
      Protocol later,
      Course laterCourse) {
    List<LocalDate> dates = new ArrayList<>(earlierSessions.size());
    for (Session session : earlierSessions) {
      dates.add(session.date());
      // A session split over visits holds each visit's day.
      session.furtherVisits().forEach(visit -> dates.add(visit.date()));
    }
    return blockedByDays(dates, earlier, earlierCourse, later, laterCourse);
  }

  /** As {@link #blockedBy}, for sessions known by their days (a course's past sessions). */
  static List<DateRange> blockedByDays(
      List<LocalDate> earlierDays,
      Protocol earlier,
      Course earlierCourse,
      Protocol later,
      Course laterCourse) {
    int earlierWindow = noProcedureDays(earlierCourse);
    int laterWindow = noProcedureDays(laterCourse);
    boolean sameDay = earlier.allowsSameDayWithOthers() && later.allowsSameDayWithOthers();
    List<DateRange> blocked = new ArrayList<>();
    for (LocalDate a : earlierDays) {
      if (earlierWindow > 0) {
        blocked.add(DateRange.ofClosed(a, a.plusDays(earlierWindow - 1)));
      } else if (!sameDay) {
        blocked.add(DateRange.ofDay(a));
      }
      if (laterWindow > 0) {
        blocked.add(DateRange.ofClosed(a.minusDays(laterWindow - 1), a));
      }
    }
    return blocked;
  }

  /** The longest no-procedure window after a session, in days counting the session day; 0 if none. */
  static int noProcedureDays(Course course) {
    int days = 0;
    for (InstructionSpec spec : course.aftercare()) {
      if (spec.blocksProcedures()) {
        days = Math.max(days, Math.max(1, spec.span().days().max()));
      }
    }
    return days;
  }
}
