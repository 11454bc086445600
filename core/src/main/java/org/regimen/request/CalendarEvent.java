package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.internal.RegimenStyle;

/**
 * Days the patient must look presentable (a wedding, a trip): no downtime may overlap them.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface CalendarEvent {
  /** {@return the event's days, both ends included} */
  @Value.Redacted
  DateRange days();

  /** {@return the patient's own label; never interpreted and never shown in messages} */
  @Value.Redacted
  Optional<String> name();

  /** {@return what the event asks of the patient; {@link EventKind#PRESENTABLE} when not said} */
  @Value.Default
  @Value.Redacted
  default EventKind kind() {
    return EventKind.PRESENTABLE;
  }

  /**
   * {@return an event on {@code days} with no name, of kind {@link EventKind#PRESENTABLE}}
   *
   * @param days the event's days, both ends included
   */
  static CalendarEvent of(DateRange days) {
    return ImmutableCalendarEvent.builder().days(days).build();
  }
}
