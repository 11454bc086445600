package org.regimen.examples.cli.text;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.regimen.dates.DateRange;

/** Dates as the tables print them: ISO-8601 with the English short weekday. */
final class DateText {
  private DateText() {}

  /** {@code 2027-01-11}. */
  static String iso(LocalDate date) {
    return date.toString();
  }

  /** {@code Mon}. */
  static String weekday(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** {@code 2027-01-11 Mon}. */
  static String day(LocalDate date) {
    return iso(date) + " " + weekday(date);
  }

  /** {@code 2027-01-11 Mon .. 2027-01-12 Tue}, or one day; both ends are included. */
  static String range(DateRange range) {
    return range.from().equals(range.to())
        ? day(range.from())
        : day(range.from()) + " .. " + day(range.to());
  }

  static String range(Optional<DateRange> range, String whenAbsent) {
    return range.map(DateText::range).orElse(whenAbsent);
  }
}
