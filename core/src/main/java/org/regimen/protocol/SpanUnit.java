package org.regimen.protocol;

import java.time.Period;

/**
 * Units a span may be written in. For intervals between sessions and other lengths counted in days,
 * months are 30 days and weeks 7 (the fixed conversions the protocol format documents: a schedule
 * needs whole days). A date counted from a session (a result window, maintenance) uses the calendar
 * instead: "18 to 24 months" after 15 March ends on a 15 March, not a week earlier ({@link #toPeriod}).
 */
enum SpanUnit {
  DAYS(1),
  WEEKS(7),
  MONTHS(30);

  private final int days;

  SpanUnit(int days) {
    this.days = days;
  }

  int toDays(int count) {
    return Math.multiplyExact(count, days);
  }

  /** The same amount on the calendar: months as calendar months. */
  Period toPeriod(int count) {
    return this == MONTHS ? Period.ofMonths(count) : Period.ofDays(toDays(count));
  }
}
