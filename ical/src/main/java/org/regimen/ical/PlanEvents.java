package org.regimen.ical;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VJournal;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.plan.Visit;
import org.regimen.request.BodyArea;
import org.regimen.request.Clinic;

/** The events of one plan: sessions with their preparation alarms, then visits. */
final class PlanEvents {
  /** The visit's length in minutes, for calendars and tools that read it back from an all-day event. */
  static final String VISIT_MINUTES = "X-REGIMEN-VISIT-MINUTES";

  private final TreatmentPlan plan;
  private final Optional<Clinic> clinic;
  private final Labels labels;
  private final EventUids uids;
  private final DtStamp stamp;
  private final Optional<LocalTime> sessionStart;
  private final Map<String, Long> sessionsPerTreatment;

  PlanEvents(
      TreatmentPlan plan,
      Optional<Clinic> clinic,
      Labels labels,
      EventUids uids,
      DtStamp stamp,
      Optional<LocalTime> sessionStart) {
    this.plan = plan;
    this.clinic = clinic;
    this.labels = labels;
    this.uids = uids;
    this.stamp = stamp;
    this.sessionStart = sessionStart;
    this.sessionsPerTreatment =
        plan.sessions().stream()
            .collect(Collectors.groupingBy(this::treatmentId, Collectors.counting()));
  }

  List<VEvent> sessions() {
    List<VEvent> events = new ArrayList<>();
    for (Session session : plan.sessions()) {
      String treatment = treatmentId(session);
      VEvent event = new VEvent(false);
      event.add(new Uid(uids.session(treatment, session.number())));
      event.add(stamp);
      if (sessionStart.isPresent()) {
        event.add(new DtStart<>(LocalDateTime.of(session.date(), sessionStart.get())));
        event.add(new net.fortuna.ical4j.model.property.Duration(Duration.ofMinutes(session.visitMinutes())));
      } else {
        event.add(new DtStart<>(session.date()));
        event.add(new net.fortuna.ical4j.model.property.Duration(Period.ofDays(1)));
      }
      String summary =
          labels.text(
              "session.summary",
              treatmentName(treatment),
              session.number(),
              sessionsPerTreatment.get(treatment));
      event.add(new Summary(language(), summary));
      event.add(new Description(language(), sessionDescription(session)));
      location().ifPresent(event::add);
      event.add(session.tentative() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
      event.add(ImmutableTransp.OPAQUE);
      event.add(new XProperty(VISIT_MINUTES, Integer.toString(session.visitMinutes())));
      PreparationAlarms.forSession(session, sessionStart, labels).forEach(event::add);
      events.add(event);
    }
    return events;
  }

  List<VEvent> visits() {
    List<VEvent> events = new ArrayList<>();
    Map<String, Integer> indexPerTreatment = new HashMap<>();
    for (Visit visit : plan.visits()) {
      String treatment = visit.treatment().orElseGet(this::planTreatmentId);
      int index = indexPerTreatment.merge(treatment, 1, Integer::sum);
      VEvent event = new VEvent(false);
      event.add(new Uid(uids.visit(treatment, index)));
      event.add(stamp);
      event.add(new DtStart<>(visit.date()));
      event.add(new net.fortuna.ical4j.model.property.Duration(Period.ofDays(1)));
      String kind = labels.text("visit." + visit.kind().name());
      event.add(new Summary(language(), labels.text("visit.summary", treatmentName(treatment), kind)));
      StringJoiner description = new StringJoiner("\n");
      description.add(visit.purpose());
      clinicLine().ifPresent(description::add);
      event.add(new Description(language(), description.toString()));
      location().ifPresent(event::add);
      event.add(ImmutableStatus.VEVENT_TENTATIVE);
      event.add(ImmutableTransp.OPAQUE);
      events.add(event);
    }
    return events;
  }

  /**
   * A dated note when the plan has no session and no visit (an ineligible or deferred patient):
   * RFC 5545 asks for at least one component, and a note says why the calendar holds no
   * appointment instead of leaving the patient with an empty file. A journal entry takes no time in
   * the patient's calendar.
   */
  Optional<VJournal> nothingPlanned(LocalDate asOf) {
    if (!plan.sessions().isEmpty() || !plan.visits().isEmpty()) {
      return Optional.empty();
    }
    String treatment = planTreatmentId();
    VJournal note = new VJournal(false);
    note.add(new Uid(uids.note(treatment)));
    note.add(stamp);
    note.add(new DtStart<>(asOf));
    note.add(new Summary(language(), labels.text("nothing.summary", treatmentName(treatment))));
    StringJoiner description = new StringJoiner("\n");
    description.add(labels.text("nothing.description"));
    clinicLine().ifPresent(description::add);
    note.add(new Description(language(), description.toString()));
    note.add(ImmutableStatus.VJOURNAL_FINAL);
    return Optional.of(note);
  }

  private String sessionDescription(Session session) {
    StringJoiner text = new StringJoiner("\n");
    if (session.tentative()) {
      text.add(labels.text("session.tentative"));
    }
    text.add(labels.text("session.visitMinutes", session.visitMinutes()));
    if (session.timeOfDay() == TimeOfDay.MORNING) {
      text.add(labels.text("session.morning"));
    }
    text.add(labels.text("session.areas", areas(session.areas())));
    addInstructions(text, "session.before", session.before());
    addInstructions(text, "session.after", session.after());
    clinicLine().ifPresent(text::add);
    return text.toString();
  }

  private void addInstructions(StringJoiner text, String heading, List<DatedInstruction> instructions) {
    if (instructions.isEmpty()) {
      return;
    }
    text.add(labels.text(heading));
    for (DatedInstruction instruction : instructions) {
      text.add(labels.text("instruction.line", days(instruction.days()), instruction.text()));
    }
  }

  private String days(DateRange days) {
    return days.from().equals(days.to())
        ? labels.text("days.one", days.from().toString())
        : labels.text("days.range", days.from().toString(), days.to().toString());
  }

  private String areas(List<BodyArea> areas) {
    StringJoiner names = new StringJoiner(", ");
    areas.forEach(area -> names.add(labels.text("area." + area.name())));
    return names.toString();
  }

  /** The clinic's name, the one place the request names where the visit happens. */
  private Optional<Location> location() {
    return clinic.flatMap(Clinic::name).map(name -> new Location(language(), name));
  }

  private Optional<String> clinicLine() {
    return clinic.flatMap(
        c -> {
          StringJoiner whom = new StringJoiner(", ");
          c.name().ifPresent(whom::add);
          c.phone().ifPresent(whom::add);
          return whom.length() == 0 ? Optional.empty() : Optional.of(labels.text("clinic.call", whom));
        });
  }

  private ParameterList language() {
    return new ParameterList(List.of(new Language(labels.language())));
  }

  private String treatmentId(Session session) {
    return session.treatment().orElseGet(this::planTreatmentId);
  }

  /** The treatment's id, or for a combined plan the ids joined: a visit may belong to the whole plan. */
  private String planTreatmentId() {
    return plan.treatment()
        .map(TreatmentRef::id)
        .orElseGet(() -> plan.treatments().stream().map(TreatmentRef::id).collect(Collectors.joining("+")));
  }

  private String treatmentName(String id) {
    return plan.treatment()
        .filter(t -> t.id().equals(id))
        .or(() -> plan.treatments().stream().filter(t -> t.id().equals(id)).findFirst())
        .map(TreatmentRef::name)
        .orElseGet(
            () -> plan.treatments().stream().map(TreatmentRef::name).collect(Collectors.joining(" + ")));
  }
}
