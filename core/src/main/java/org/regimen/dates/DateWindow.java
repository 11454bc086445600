package org.regimen.dates;

import java.time.LocalDate;

/**
 * The years a request's dates may fall in, so that every date a plan derives from them (months of
 * sessions, results a year or more later) stays a four-digit ISO date that the published schemas
 * and {@code readPlan} accept. No date arithmetic in planning can then overflow.
 *
 * <p>A medication's {@code until} is the one exception: a far-future last day (9999-12-31 is a
 * common way for clinic software to say "no end date") is accepted and means an ongoing course.
 *
 * @since 0.1.0
 */
public final class DateWindow {
  /** The first day a request's date may be. */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

  /** The last day a request's date may be (a medication's {@code until} excepted). */
  public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

  /** The rule a date outside the window breaks, as a {@code Problem} states it. */
  public static final String MESSAGE = "must be a date from " + FIRST + " to " + LAST;

  private DateWindow() {}

  /**
   * Whether a date lies in the window.
   *
   * @param date any date, not null
   * @return true from {@link #FIRST} to {@link #LAST}, both included
   */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /**
   * Whether a course's last day is so far ahead that it can only mean "no end date".
   *
   * @param until a medication's last day, not null
   * @return true after {@link #LAST}
   */
  public static boolean meansOngoing(LocalDate until) {
    return until.isAfter(LAST);
  }
}
