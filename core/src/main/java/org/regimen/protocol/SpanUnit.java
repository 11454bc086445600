package org.regimen.protocol;

/**
 * Units a span may be written in. Months are 30 days and weeks 7, the fixed conversions the
 * protocol format documents: a schedule needs whole days, not calendar months.
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
}
