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
  CalendarConstraints NONE = ImmutableCalendarConstraints.builder().build();

  /** Days of the week the clinic is open. */
  @Value.Default
  @Value.Redacted
  default Set<DayOfWeek> openDays() {
    return EnumSet.allOf(DayOfWeek.class);
  }

  /** The clinic's closed days (holidays). */
  @Value.NaturalOrder
  @Value.Redacted
  SortedSet<LocalDate> closedDates();

  /** Ranges of days the patient cannot come. */
  @Value.Redacted
  List<DateRange> unavailable();

  /** Days the patient must look presentable. */
  @Value.Redacted
  List<CalendarEvent> events();

  static ImmutableCalendarConstraints.Builder builder() {
    return ImmutableCalendarConstraints.builder();
  }
}
