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
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2200, 12, 31);
  public static final String MESSAGE = "must be a date from " + FIRST + " to " + LAST;

  private DateWindow() {}

  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /** True for a course's last day so far ahead that it can only mean "no end date". */
  public static boolean meansOngoing(LocalDate until) {
    return until.isAfter(LAST);
  }
}
