package org.regimen.ical;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/** Parses iCalendar text back with ical4j, as a calendar application would. */
final class IcsReader {
  private IcsReader() {}

  static Calendar parse(String ics) {
    try {
      return new CalendarBuilder().build(new StringReader(ics));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserException e) {
      throw new AssertionError("ical4j cannot parse the export", e);
    }
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.<VEvent>getComponents(Component.VEVENT);
  }

  static String value(Component component, String property) {
    return component
        .getProperty(property)
        .orElseThrow(() -> new AssertionError("no " + property))
        .getValue();
  }
}
