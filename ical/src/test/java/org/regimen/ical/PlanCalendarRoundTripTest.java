package org.regimen.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;
import org.regimen.plan.Visit;
import org.regimen.ical.SamplePlans.Sample;
import org.regimen.request.TreatmentRequest;

/** Plan → .ics → parsed back by ical4j gives the plan's dates, lengths and preparation days. */
class PlanCalendarRoundTripTest {

  static List<Sample> samples() {
    return SamplePlans.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void allDaySessionsKeepTheirDatesAndVisitMinutes(Sample sample) {
    Calendar parsed = IcsReader.parse(PlanCalendar.of(sample.request(), sample.plan()).toIcs());
    List<VEvent> events = IcsReader.events(parsed);
    List<Session> sessions = sample.plan().sessions();
    assertThat(events).hasSize(sessions.size() + sample.plan().visits().size());
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      VEvent event = events.get(i);
      assertThat(startOf(event)).isEqualTo(session.date());
      assertThat(durationOf(event)).isEqualTo(Period.ofDays(1));
      assertThat(IcsReader.value(event, PlanEvents.VISIT_MINUTES))
          .isEqualTo(Integer.toString(session.visitMinutes()));
      assertThat(IcsReader.value(event, Property.STATUS))
          .isEqualTo(session.tentative() ? "TENTATIVE" : "CONFIRMED");
      assertAlarmsRingTheEveningBeforeEachPreparationStart(event, session, LocalTime.MIDNIGHT);
    }
    List<Visit> visits = sample.plan().visits();
    for (int i = 0; i < visits.size(); i++) {
      assertThat(startOf(events.get(sessions.size() + i))).isEqualTo(visits.get(i).date());
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aBookedStartTimeGivesFloatingTimesLastingTheVisitMinutes(Sample sample) {
    LocalTime nine = LocalTime.of(9, 30);
    Calendar parsed =
        IcsReader.parse(PlanCalendar.of(sample.request(), sample.plan()).withSessionStart(nine).toIcs());
    List<VEvent> events = IcsReader.events(parsed);
    List<Session> sessions = sample.plan().sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      VEvent event = events.get(i);
      assertThat(startOf(event)).isEqualTo(LocalDateTime.of(session.date(), nine));
      // Floating: no TZID and no UTC "Z", the clinic's wall clock wherever the phone is.
      assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")).isEmpty();
      assertThat(IcsReader.value(event, Property.DTSTART)).doesNotEndWith("Z");
      assertThat(durationOf(event)).isEqualTo(Duration.ofMinutes(session.visitMinutes()));
      assertAlarmsRingTheEveningBeforeEachPreparationStart(event, session, nine);
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void exportingTwiceGivesTheSameBytesStampedWithAsOf(Sample sample) {
    String first = PlanCalendar.of(sample.request(), sample.plan()).toIcs();
    String second = PlanCalendar.of(sample.request(), sample.plan()).toIcs();
    assertThat(first).isEqualTo(second);
    String asOf = sample.request().asOf().toString().replace("-", "");
    for (VEvent event : IcsReader.events(IcsReader.parse(first))) {
      assertThat(IcsReader.value(event, Property.DTSTAMP)).isEqualTo(asOf + "T000000Z");
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void uidsAreUniqueAndDoNotShowTheRequestId(Sample sample) {
    List<VEvent> events =
        IcsReader.events(IcsReader.parse(PlanCalendar.of(sample.request(), sample.plan()).toIcs()));
    TreeSet<String> uids = new TreeSet<>();
    for (VEvent event : events) {
      String uid = IcsReader.value(event, Property.UID);
      assertThat(uid).endsWith(EventUids.DOMAIN);
      sample.request().id().ifPresent(id -> assertThat(uid).doesNotContain(id));
      uids.add(uid);
    }
    assertThat(uids).hasSize(events.size());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void onlyPatientFacingTextsEnterTheCalendar(Sample sample) {
    String ics = unfold(PlanCalendar.of(sample.request(), sample.plan()).toIcs());
    sample.plan().eligibility().findings().forEach(f -> assertThat(ics).doesNotContain(f.code()));
    sample.plan().risks().forEach(r -> assertThat(ics).doesNotContain(r.code()));
    sample.plan().sessions().stream()
        .flatMap(s -> s.notes().stream())
        .forEach(note -> assertThat(ics).doesNotContain(note));
    sample.plan().notes().forEach(note -> assertThat(ics).doesNotContain(note));
    sample.plan().sessions().stream()
        .flatMap(s -> s.before().stream())
        .forEach(i -> assertThat(ics).doesNotContain(i.code()).contains(escape(i.text())));
    assertThat(ics).contains("SUMMARY;LANGUAGE=" + sample.plan().language() + ":");
  }

  @org.junit.jupiter.api.Test
  void writingToAStreamGivesTheSameTextAndLeavesTheStreamOpen() {
    Sample sample = SamplePlans.all().get(0);
    boolean[] closed = {false};
    java.io.ByteArrayOutputStream bytes =
        new java.io.ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    PlanCalendar calendar = PlanCalendar.of(sample.request(), sample.plan());
    calendar.write(bytes);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(calendar.toIcs());
  }

  @org.junit.jupiter.api.Test
  void aPlanFromAnotherRequestIsRefused() {
    Sample sample = SamplePlans.all().get(0);
    TreatmentRequest other = TreatmentRequest.builder().from(sample.request()).id("another-request").build();
    assertThatThrownBy(() -> PlanCalendar.of(other, sample.plan()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan.id: the plan was not made from this request");
  }

  static void assertAlarmsRingTheEveningBeforeEachPreparationStart(
      VEvent event, Session session, LocalTime start) {
    TreeSet<LocalDate> firstDays = new TreeSet<>();
    for (DatedInstruction instruction : session.before()) {
      firstDays.add(instruction.days().from());
    }
    List<VAlarm> alarms = event.getAlarms();
    assertThat(alarms).hasSize(firstDays.size());
    LocalDateTime eventStart = session.date().atTime(start);
    int i = 0;
    for (LocalDate first : firstDays) {
      VAlarm alarm = alarms.get(i++);
      Trigger trigger = alarm.<Trigger>getProperty(Property.TRIGGER).orElseThrow();
      assertThat(eventStart.plus(trigger.getDuration()))
          .isEqualTo(first.minusDays(1).atTime(PreparationAlarms.REMINDER_TIME));
      assertThat(IcsReader.value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
    }
  }

  private static Temporal startOf(Component event) {
    return event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate();
  }

  private static Object durationOf(Component event) {
    return event
        .<net.fortuna.ical4j.model.property.Duration>getProperty(Property.DURATION)
        .orElseThrow()
        .getDuration();
  }

  private static String unfold(String ics) {
    return ics.replace("\r\n ", "");
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
  }
}
