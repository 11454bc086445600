package org.regimen.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.CalendarConstraints;

/**
 * What the scheduler fits onto real dates: a course of {@code sessionCount} sessions with its gaps,
 * the first day session 1 may take, and the calendar it must respect.
 *
 * <p>Every gap is counted in days from one session to the next (a weekly course has gaps of 7).
 * The search is bounded: only days from {@code firstAllowedDay} through {@code firstAllowedDay +
 * horizonDays - 1} are considered, so callers that predict period days know how far to predict.
 */
@Value.Immutable
@RegimenStyle
public interface ScheduleRequest {
  /** Two years: long enough for every course in the protocols, short enough to answer quickly. */
  int DEFAULT_HORIZON_DAYS = 730;

  /** Ten years: beyond this a "plan" is not a plan, and the bound keeps the search cheap. */
  int MAX_HORIZON_DAYS = 3660;

  /** Number of sessions, at least 1. */
  int sessionCount();

  /** The shortest gap the protocol allows between two sessions, at least 1 day. */
  int minGapDays();

  /** The gap the course aims for; the course keeps this rhythm from session 1. */
  int preferredGapDays();

  /** The longest gap the protocol recommends; a constraint may force a longer one, and then says so. */
  int maxGapDays();

  /** Session 1 is never placed before this day. */
  LocalDate firstAllowedDay();

  /** The clinic's and the patient's calendar; without one every day is open. */
  @Value.Default
  default CalendarConstraints calendar() {
    return CalendarConstraints.NONE;
  }

  /**
   * Predicted periods to avoid (every day of each range), where the protocol avoids menstruation;
   * empty when none are to be avoided. They must cover the horizon: a day in none is taken as free.
   * Ranges, not days, so that a two-year prediction costs a few dozen entries.
   */
  @Value.Redacted
  List<DateRange> predictedPeriods();

  /**
   * Days after a session that must stay clear of every calendar event (downtime and visible
   * healing): the window from the session day through {@code eventClearanceDays} days later must
   * not overlap an event. 0 keeps only the session day itself clear.
   */
  @Value.Default
  default int eventClearanceDays() {
    return 0;
  }

  /**
   * Windows around a session that must not meet an event of their kind (the instructions and
   * healing each kind conflicts with). Empty: every event, whatever its kind, keeps the session day
   * through {@link #eventClearanceDays()} clear.
   */
  @Value.Redacted
  List<EventWindow> eventWindows();

  /**
   * Days after a session its wounds heal (the visible healing of the injection sites, the healing
   * of a harvest site): the session day through this many days later must not meet an absence of
   * the patient ({@code calendar.unavailable}) of {@value #ABSENCE_MIN_DAYS} days or more, where no
   * one could check the healing. The scheduler moves a session later to keep it so; when no day is
   * left, it plans without the rule and a {@code PATIENT_UNAVAILABLE} conflict names the session.
   * 0 (the default) keeps only the session day itself off an absence.
   */
  @Value.Default
  default int absenceHealingDays() {
    return 0;
  }

  /** The shortest absence whose days a session's healing must not reach (Regimen default). */
  int ABSENCE_MIN_DAYS = 2;

  /**
   * Days no session may take because another treatment of a combined plan holds them: its
   * sessions, its no-procedure windows, and the days whose own window would cover one of its
   * sessions. Empty for a single treatment.
   */
  @Value.Redacted
  List<DateRange> blockedRanges();

  /**
   * The days of the sessions of a course in progress already given, in order: the sessions placed
   * are numbered after them and go on in their rhythm ({@link Scheduler}). Empty for a course not
   * yet begun.
   */
  @Value.Redacted
  List<LocalDate> sessionsDone();

  /**
   * Visits per session, each on its own day (a session over more areas than one visit takes is
   * split): the first is the session's date, the others take the next free days after it.
   */
  @Value.Default
  default int visitsPerSession() {
    return 1;
  }

  /** How many days, from {@code firstAllowedDay}, the scheduler searches before it gives up. */
  @Value.Default
  default int horizonDays() {
    return DEFAULT_HORIZON_DAYS;
  }

  static ImmutableScheduleRequest.Builder builder() {
    return ImmutableScheduleRequest.builder();
  }

  /** Rejects every invalid request with one exception naming each field and rule, never a value. */
  @Value.Check
  default void check() {
    List<Problem> problems = new ArrayList<>();
    if (sessionCount() < 1) {
      problems.add(Problem.of("sessionCount", "must be at least 1"));
    }
    if (minGapDays() < 1) {
      // Dates must strictly increase, so two sessions can never share a day.
      problems.add(Problem.of("minGapDays", "must be at least 1"));
    }
    if (preferredGapDays() < minGapDays()) {
      problems.add(Problem.of("preferredGapDays", "must be at least minGapDays"));
    }
    if (maxGapDays() < preferredGapDays()) {
      problems.add(Problem.of("maxGapDays", "must be at least preferredGapDays"));
    }
    if (visitsPerSession() < 1) {
      problems.add(Problem.of("visitsPerSession", "must be at least 1"));
    }
    if (eventClearanceDays() < 0) {
      problems.add(Problem.of("eventClearanceDays", "must be at least 0"));
    }
    if (absenceHealingDays() < 0) {
      problems.add(Problem.of("absenceHealingDays", "must be at least 0"));
    }
    if (horizonDays() < 1 || horizonDays() > MAX_HORIZON_DAYS) {
      problems.add(
          Problem.of("horizonDays", "must be between 1 and " + MAX_HORIZON_DAYS + " days"));
    }
    if (firstAllowedDay().getYear() > 9999) {
      // ISO-8601 four-digit years; also keeps every date the search reaches representable.
      problems.add(Problem.of("firstAllowedDay", "must be in a year up to 9999"));
    }
    for (int i = 1; i < sessionsDone().size(); i++) {
      if (!sessionsDone().get(i).isAfter(sessionsDone().get(i - 1))) {
        problems.add(Problem.of("sessionsDone[" + i + "]", "must be after the session before it"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
