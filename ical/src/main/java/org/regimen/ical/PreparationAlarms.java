package org.regimen.ical;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;

/**
 * One display alarm per day on which a session's dated preparation starts, listing what starts that
 * day. It rings the evening before that day, so that "eat nothing for 8 hours before the session" on
 * the morning of a session, or a supplement to stop from a given day, is read in time to act on.
 */
final class PreparationAlarms {
  /**
   * When the reminder rings: early evening, after the working day and before the last meal. A
   * presentation choice, not a clinical number; the instruction's own days are in the text.
   */
  static final LocalTime REMINDER_TIME = LocalTime.of(18, 0);

  private PreparationAlarms() {}

  static List<VAlarm> forSession(Session session, Optional<LocalTime> sessionStart, Labels labels) {
    Map<LocalDate, StringJoiner> byFirstDay = new TreeMap<>();
    for (DatedInstruction instruction : session.before()) {
      LocalDate first = instruction.days().from();
      if (!first.isAfter(session.date())) {
        byFirstDay.computeIfAbsent(first, day -> new StringJoiner(" ")).add(instruction.text());
      }
    }
    // The trigger is relative to the event's start: midnight of an all-day event, or the booked time.
    LocalDateTime start = session.date().atTime(sessionStart.orElse(LocalTime.MIDNIGHT));
    List<VAlarm> alarms = new ArrayList<>();
    byFirstDay.forEach(
        (first, texts) -> {
          LocalDateTime ringAt = first.minusDays(1).atTime(REMINDER_TIME);
          VAlarm alarm = new VAlarm(Duration.between(start, ringAt));
          alarm.add(ImmutableAction.DISPLAY);
          alarm.add(
              new Description(
                  new ParameterList(List.of(new Language(labels.language()))),
                  labels.text("alarm.description", session.date().toString(), texts)));
          alarms.add(alarm);
        });
    return alarms;
  }
}
