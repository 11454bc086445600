package org.regimen.request;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.internal.RegimenStyle;

/**
 * The clinic's and the patient's calendar. Without {@code openDays} every day is open.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface CalendarConstraints {
  /** No constraints: every day open, no closed dates, no unavailable days, no events. */
  CalendarConstraints NONE = ImmutableCalendarConstraints.builder().build();

  /** {@return the days of the week the clinic is open} */
  @Value.Default
  @Value.Redacted
  default Set<DayOfWeek> openDays() {
    return EnumSet.allOf(DayOfWeek.class);
  }

  /** {@return the clinic's closed days (holidays)} */
  @Value.NaturalOrder
  @Value.Redacted
  SortedSet<LocalDate> closedDates();

  /** {@return the ranges of days the patient cannot come} */
  @Value.Redacted
  List<DateRange> unavailable();

  /** {@return days the patient must look presentable} */
  @Value.Redacted
  List<CalendarEvent> events();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableCalendarConstraints.Builder builder() {
    return ImmutableCalendarConstraints.builder();
  }
}
