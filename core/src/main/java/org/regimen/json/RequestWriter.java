package org.regimen.json;

import static org.regimen.json.Writing.date;
import static org.regimen.json.Writing.dateList;
import static org.regimen.json.Writing.enumList;
import static org.regimen.json.Writing.optionalDate;
import static org.regimen.json.Writing.optionalEnum;
import static org.regimen.json.Writing.optionalText;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.regimen.request.AreaAssessment;
import org.regimen.request.Assessment;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.Clinic;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.EventKind;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

/** Writes a request in the contract's form: for round trips, batch files and other services. */
final class RequestWriter {
  private RequestWriter() {}

  static void write(JsonGenerator g, TreatmentRequest r) throws IOException {
    g.writeStartObject();
    optionalText(g, "id", r.id());
    date(g, "asOf", r.asOf());
    optionalText(g, "language", r.language());
    g.writeStringField("currency", r.currency().name());
    if (r.clinic().isPresent()) {
      clinic(g, r.clinic().get());
    }
    optionalText(g, "treatment", r.treatment());
    if (!r.treatments().isEmpty()) {
      g.writeArrayFieldStart("treatments");
      for (CombinedTreatment part : r.treatments()) {
        treatmentPart(g, part);
      }
      g.writeEndArray();
    }
    g.writeStringField("indication", r.indication().name());
    assessments(g, r.striae(), r.laxity(), r.assessment());
    boolean everyPartHasAreas =
        !r.treatments().isEmpty() && r.treatments().stream().noneMatch(p -> p.areas().isEmpty());
    if (!r.areas().isEmpty() || !everyPartHasAreas) {
      enumList(g, "areas", r.areas());
    }
    optionalDate(g, "earliestStart", r.earliestStart());
    PatientWriter.write(g, r.patient());
    calendar(g, r.calendar());
    if (r.history().isPresent()) {
      HistoryJson.write(g, r.history().get());
    }
    g.writeEndObject();
  }

  private static void clinic(JsonGenerator g, Clinic clinic) throws IOException {
    g.writeObjectFieldStart("clinic");
    optionalText(g, "name", clinic.name());
    optionalText(g, "phone", clinic.phone());
    if (clinic.maxVisitMinutes().isPresent()) {
      g.writeNumberField("maxVisitMinutes", clinic.maxVisitMinutes().get());
    }
    optionalText(g, "variant", clinic.variant());
    g.writeEndObject();
  }

  private static void calendar(JsonGenerator g, CalendarConstraints c) throws IOException {
    g.writeObjectFieldStart("calendar");
    g.writeArrayFieldStart("openDays");
    // In week order, whatever the set's own order: the same request always writes the same text.
    for (DayOfWeek day : DayOfWeek.values()) {
      if (c.openDays().contains(day)) {
        g.writeString(day.name());
      }
    }
    g.writeEndArray();
    dateList(g, "closedDates", c.closedDates());
    g.writeArrayFieldStart("unavailable");
    for (var range : c.unavailable()) {
      g.writeStartObject();
      Writing.range(g, range);
      g.writeEndObject();
    }
    g.writeEndArray();
    events(g, c.events());
    g.writeEndObject();
  }

  private static void events(JsonGenerator g, List<CalendarEvent> events) throws IOException {
    g.writeArrayFieldStart("events");
    for (CalendarEvent e : events) {
      g.writeStartObject();
      Writing.range(g, e.days());
      optionalText(g, "name", e.name());
      if (e.kind() != EventKind.PRESENTABLE) {
        g.writeStringField("kind", e.kind().name());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A part that names only its treatment as a string (today's form), any other as an object. */
  private static void treatmentPart(JsonGenerator g, CombinedTreatment part) throws IOException {
    if (part.idOnly()) {
      g.writeString(part.treatment());
      return;
    }
    g.writeStartObject();
    g.writeStringField("treatment", part.treatment());
    optionalEnum(g, "indication", part.indication());
    assessments(g, part.striae(), part.laxity(), part.assessment());
    if (!part.areas().isEmpty()) {
      enumList(g, "areas", part.areas());
    }
    g.writeEndObject();
  }

  private static void assessments(
      JsonGenerator g,
      Optional<StriaeAssessment> striae,
      Optional<LaxityAssessment> laxity,
      Optional<Assessment> assessment)
      throws IOException {
    if (striae.isPresent()) {
      g.writeObjectFieldStart("striae");
      optionalEnum(g, "stage", striae.get().stage());
      if (striae.get().ageMonths().isPresent()) {
        g.writeNumberField("ageMonths", striae.get().ageMonths().get());
      }
      optionalEnum(g, "severity", striae.get().severity());
      g.writeEndObject();
    }
    if (laxity.isPresent()) {
      g.writeObjectFieldStart("laxity");
      optionalEnum(g, "severity", laxity.get().severity());
      g.writeEndObject();
    }
    if (assessment.isPresent()) {
      g.writeObjectFieldStart("assessment");
      optionalEnum(g, "severity", assessment.get().severity());
      if (!assessment.get().areas().isEmpty()) {
        g.writeArrayFieldStart("areas");
        for (AreaAssessment a : assessment.get().areas()) {
          g.writeStartObject();
          g.writeStringField("area", a.area().name());
          g.writeStringField("severity", a.severity().name());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
  }
}
