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
  @Value.Redacted
  DateRange days();

  /** The patient's own label; never interpreted and never shown in messages. */
  @Value.Redacted
  Optional<String> name();

  /** What the event asks of the patient; {@link EventKind#PRESENTABLE} when not said. */
  @Value.Default
  @Value.Redacted
  default EventKind kind() {
    return EventKind.PRESENTABLE;
  }

  static CalendarEvent of(DateRange days) {
    return ImmutableCalendarEvent.builder().days(days).build();
  }
}
