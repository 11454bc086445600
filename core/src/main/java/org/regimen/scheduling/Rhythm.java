package org.regimen.scheduling;

import java.time.LocalDate;
import java.util.List;

/**
 * The rhythm of a course, session by session: where the next session aims, given the days of the
 * sessions so far. The scheduler places sessions with it, and a course in progress is judged with
 * it, so re-planning from a course's real sessions gives the dates the scheduler would have given.
 *
 * <p>Session k aims at {@code max(anchor + (k - anchorNumber) * preferredGap, previous + minGap)}.
 * The anchor is session 1, so a session moved a little keeps the course in its rhythm (the next gap
 * shrinks towards the minimum to catch up). A session that came later than its rhythm's day by more
 * than {@code maxGap - preferredGap} (the slack the protocol allows) becomes the new anchor: the
 * course does not rush through minimum gaps to make up a delay beyond what its own range tolerates,
 * so a late session moves every later one by at least the delay less that slack.
 *
 * <p>Not thread-safe: one instance per schedule.
 */
public final class Rhythm {
  private final int minGap;
  private final int preferredGap;
  private final int slack;
  private long anchor;
  private int anchorNumber;
  private long previous;
  private int taken;

  public Rhythm(int minGapDays, int preferredGapDays, int maxGapDays) {
    this.minGap = minGapDays;
    this.preferredGap = preferredGapDays;
    this.slack = maxGapDays - preferredGapDays;
  }

  Rhythm(ScheduleRequest request) {
    this(request.minGapDays(), request.preferredGapDays(), request.maxGapDays());
  }

  /** The rhythm after {@code days}, the sessions given, in order. */
  public static Rhythm after(List<LocalDate> days, int minGapDays, int preferredGapDays, int maxGapDays) {
    Rhythm rhythm = new Rhythm(minGapDays, preferredGapDays, maxGapDays);
    for (LocalDate day : days) {
      rhythm.took(day.toEpochDay());
    }
    return rhythm;
  }

  /** The next session's day took place (an epoch day). */
  void took(long day) {
    taken++;
    if (taken == 1 || day - rhythmDay(taken) > slack) {
      anchor = day;
      anchorNumber = taken;
    }
    previous = day;
  }

  /** The epoch day the next session aims at; only after at least one session. */
  long nextTarget() {
    return Math.max(rhythmDay(taken + 1), previous + minGap);
  }

  /** The day the next session aims at, after at least one session. */
  public LocalDate nextDay() {
    if (taken == 0) {
      throw new IllegalStateException("no session yet: the first one has no rhythm to follow");
    }
    return LocalDate.ofEpochDay(nextTarget());
  }

  long previous() {
    return previous;
  }

  private long rhythmDay(int number) {
    return anchor + (long) (number - anchorNumber) * preferredGap;
  }
}
