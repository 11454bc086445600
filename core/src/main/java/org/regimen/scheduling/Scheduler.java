package org.regimen.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;

/**
 * Fits a course of sessions onto real dates. Pure and deterministic (no clock, no randomness, no
 * locale) and stateless, so one call never sees another: safe to call from any number of threads.
 *
 * <p>Session 1 takes the first allowed day on or after {@code firstAllowedDay}. Session k aims at
 * {@code max(session1 + (k-1) * preferredGap, previous + minGap)}, so a course that had to move one
 * session keeps its rhythm afterwards; a session moved later than the protocol's slack ({@code
 * maxGap - preferredGap}) starts the rhythm anew from itself ({@link Rhythm}). A blocked target
 * moves later, one day at a time, never earlier. A course in progress ({@code sessionsDone}) goes
 * on from its real sessions by the same rule. Every move is recorded as an {@link Adjustment}; a gap longer than {@code maxGapDays}
 * says so. When a session finds no allowed day within the horizon the schedule has no dates, only a
 * {@link Conflict}.
 */
public final class Scheduler {
  private Scheduler() {}

  public static Schedule schedule(ScheduleRequest request) {
    Schedule schedule = place(request);
    if (!schedule.dates().isEmpty() || request.absenceHealingDays() == 0) {
      return schedule;
    }
    // Keeping the healing off the patient's absences left no schedule: plan without that rule and
    // say, per session, that its healing falls while the patient is away.
    ScheduleRequest relaxed = ImmutableScheduleRequest.copyOf(request).withAbsenceHealingDays(0);
    Schedule without = place(relaxed);
    if (without.dates().isEmpty()) {
      return schedule;
    }
    BlockedDays absences = BlockedDays.of(request);
    List<Conflict> conflicts = new ArrayList<>(without.conflicts());
    int first = request.sessionsDone().size() + 1;
    for (int i = 0; i < without.dates().size(); i++) {
      long day = without.dates().get(i).toEpochDay();
      List<LocalDate> more = without.furtherVisits().get(i);
      long end = more.isEmpty() ? day : more.get(more.size() - 1).toEpochDay();
      if (absences.blocks(Blocker.ABSENCE_HEALING, day) || absences.splitSessionBlocker(day, end) != null) {
        conflicts.add(Conflict.builder()
            .constraint(ConstraintKind.PATIENT_UNAVAILABLE)
            .session(first + i)
            .text("the healing after session " + (first + i) + " falls while the patient is away, where no one"
                + " could check it: no other day was free; arrange how to reach the clinic then")
            .build());
      }
    }
    return Schedule.builder().from(without).conflicts(conflicts).build();
  }

  private static Schedule place(ScheduleRequest request) {
    BlockedDays blocked = BlockedDays.of(request);
    long firstDay = request.firstAllowedDay().toEpochDay();
    long lastDay = firstDay + request.horizonDays() - 1;
    int sessions = request.sessionCount();
    // No more sessions than days fit in the horizon, so this bound also caps the allocation.
    List<LocalDate> dates = new ArrayList<>(Math.min(sessions, request.horizonDays()));
    List<Adjustment> adjustments = new ArrayList<>();

    if (!blocked.anyOpenWeekday()) {
      // Nothing to search: say so at once instead of scanning the whole horizon.
      return impossible(request.sessionsDone().size() + 1, blocked, firstDay, lastDay, request.horizonDays());
    }

    List<LocalDate> done = request.sessionsDone();
    Rhythm rhythm = rhythmAfterDone(request);
    // The day of each further visit of the previous session: the same areas keep the minimum gap.
    long[] lastVisit = new long[request.visitsPerSession()];
    long previousEnd = Long.MIN_VALUE;
    List<List<LocalDate>> further = new ArrayList<>();
    for (int placed = 1; placed <= sessions; placed++) {
      int session = done.size() + placed;
      long previous = rhythm.previous();
      // A split session's next visits come before the next session's first one.
      long target = Math.max(session == 1 ? firstDay : Math.max(rhythm.nextTarget(), firstDay), previousEnd + 1);
      SessionDays days = sessionDays(request, blocked, target, placed > 1 ? lastVisit : null, lastDay);
      if (!days.found()) {
        return impossible(session, blocked, days.searchedFrom(), lastDay, request.horizonDays());
      }
      if (days.day() != target) {
        Blocker reason = blocked.firstBlocker(target);
        recordMove(request, session, target, days.day(), previous, reason == null ? days.splitBlocker() : reason, adjustments);
      }
      rhythm.took(days.day());
      dates.add(LocalDate.ofEpochDay(days.day()));
      for (int v = 1; v < lastVisit.length; v++) {
        lastVisit[v] = days.further().get(v - 1).toEpochDay();
      }
      previousEnd = days.end();
      further.add(days.further());
    }
    return Schedule.builder().dates(dates).furtherVisits(further).adjustments(adjustments).build();
  }

  /** A course in progress goes on from its real sessions exactly as if they had been placed here. */
  private static Rhythm rhythmAfterDone(ScheduleRequest request) {
    Rhythm rhythm = new Rhythm(request);
    for (LocalDate day : request.sessionsDone()) {
      rhythm.took(day.toEpochDay());
    }
    return rhythm;
  }

  /**
   * The days of one session: its first visit, its further visits (a split session), the last of
   * them, and what moved a split session on when its first day was free. When no day is left, {@code
   * day} is -1 and {@code searchedFrom} is where the search that failed began.
   */
  private record SessionDays(long day, List<LocalDate> further, long end, Blocker splitBlocker, long searchedFrom) {
    static SessionDays none(long searchedFrom) {
      return new SessionDays(-1, List.of(), -1, null, searchedFrom);
    }

    boolean found() {
      return day >= 0;
    }
  }

  /**
   * A split session is placed whole, from {@code target} on: its aftercare runs from the first visit
   * to the last one's end, so the days between the visits must not meet an event either. Each
   * further visit keeps the minimum gap after the same visit of the previous session ({@code
   * lastVisit}, null for the first session placed).
   */
  private static SessionDays sessionDays(
      ScheduleRequest request, BlockedDays blocked, long target, long[] lastVisit, long lastDay) {
    int visits = request.visitsPerSession();
    long from = target;
    Blocker splitBlocker = null; // what moved a split session on, when its first day was free
    while (true) {
      long day = firstFreeDay(blocked, from, lastDay);
      if (day < 0) {
        return SessionDays.none(target);
      }
      List<LocalDate> more = new ArrayList<>(visits - 1);
      long end = day;
      for (int v = 1; v < visits; v++) {
        long visitFrom = lastVisit != null ? Math.max(end + 1, lastVisit[v] + request.minGapDays()) : end + 1;
        long visitDay = firstFreeDay(blocked, visitFrom, lastDay);
        if (visitDay < 0) {
          return SessionDays.none(visitFrom);
        }
        more.add(LocalDate.ofEpochDay(visitDay));
        end = visitDay;
      }
      Blocker between = end == day ? null : blocked.splitSessionBlocker(day, end);
      if (between == null) {
        return new SessionDays(day, more, end, splitBlocker, target);
      }
      splitBlocker = splitBlocker == null ? between : splitBlocker;
      from = day + 1;
    }
  }

  /** The first day from {@code from} through {@code lastDay} that nothing blocks; -1 if none. */
  private static long firstFreeDay(BlockedDays blocked, long from, long lastDay) {
    for (long day = from; day <= lastDay; day++) {
      if (blocked.firstBlocker(day) == null) {
        return day;
      }
    }
    return -1;
  }

  private static void recordMove(
      ScheduleRequest request,
      int session,
      long target,
      long day,
      long previous,
      Blocker reason,
      List<Adjustment> adjustments) {
    long shift = day - target;
    StringBuilder text =
        new StringBuilder("moved ").append(days(shift)).append(" later: ").append(reason.explanation);
    if (session > 1) {
      long gap = day - previous;
      if (gap > request.maxGapDays()) {
        text.append("; this stretches the gap after session ")
            .append(session - 1)
            .append(" to ")
            .append(days(gap))
            .append(", beyond the maximum of ")
            .append(days(request.maxGapDays()));
      }
    }
    adjustments.add(Adjustment.of(session, reason.adjustmentReason, text.toString()));
    if (session > 1 && request.preferredGapDays() == 7 && shift >= 7) {
      long weeks = shift / 7;
      adjustments.add(
          Adjustment.of(
              session,
              AdjustmentReason.SKIPPED_WEEK,
              (weeks == 1 ? "a week" : weeks + " weeks") + " of the weekly course skipped"));
    }
  }

  /**
   * The answer when {@code session} has no allowed day: no dates, and a conflict naming the
   * constraint that blocked most of the days searched for it. Each day counts every constraint that
   * blocks it (not only the first), so a patient away for the whole horizon is reported as such even
   * when the clinic opens one day a week; ties go to the earlier constraint in precedence order.
   */
  private static Schedule impossible(
      int session, BlockedDays blocked, long from, long lastDay, int horizonDays) {
    int[] counts = new int[Blocker.ALL.length];
    for (long day = from; day <= lastDay; day++) {
      for (Blocker blocker : Blocker.ALL) {
        if (blocked.blocks(blocker, day)) {
          counts[blocker.ordinal()]++;
        }
      }
    }
    Blocker most = null;
    for (Blocker blocker : Blocker.ALL) {
      if (counts[blocker.ordinal()] > 0
          && (most == null || counts[blocker.ordinal()] > counts[most.ordinal()])) {
        most = blocker;
      }
    }
    String searched =
        "no allowed day for session " + session + " within the " + days(horizonDays) + " searched";
    Conflict conflict =
        most == null
            // The course's own gaps carry this session past the horizon before any day is tried.
            ? Conflict.builder()
                .constraint(ConstraintKind.NO_OPEN_DAY)
                .session(session)
                .text(searched + ": the course's intervals reach past its end")
                .build()
            : Conflict.builder()
                .constraint(most.constraintKind)
                .session(session)
                .text(searched + ": on most of them " + most.conflictExplanation)
                .build();
    return Schedule.builder().addConflicts(conflict).build();
  }

  private static String days(long count) {
    return count == 1 ? "1 day" : count + " days";
  }
}
