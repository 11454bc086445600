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
import org.regimen.request.AreaFinding;
import org.regimen.request.Assessment;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.Procedure;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.LabResult;
import org.regimen.request.Condition;
import org.regimen.request.Reproductive;
import org.regimen.request.ConditionDetail;
import java.util.Optional;
import org.regimen.request.Medication;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
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
      g.writeObjectFieldStart("clinic");
      optionalText(g, "name", r.clinic().get().name());
      optionalText(g, "phone", r.clinic().get().phone());
      if (r.clinic().get().maxVisitMinutes().isPresent()) {
        g.writeNumberField("maxVisitMinutes", r.clinic().get().maxVisitMinutes().get());
      }
      optionalText(g, "variant", r.clinic().get().variant());
      g.writeEndObject();
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
    patient(g, r.patient());
    calendar(g, r.calendar());
    if (r.history().isPresent()) {
      HistoryJson.write(g, r.history().get());
    }
    g.writeEndObject();
  }

  /** A bare code, or {@code { code, status, since }} where the request knows more. */
  private static void conditions(JsonGenerator g, PatientProfile p) throws IOException {
    g.writeArrayFieldStart("conditions");
    for (Condition c : p.conditions().get()) {
      Optional<ConditionDetail> detail =
          p.conditionDetails().stream().filter(d -> d.code() == c).findFirst();
      if (detail.isEmpty()) {
        g.writeString(c.name());
        continue;
      }
      g.writeStartObject();
      g.writeStringField("code", c.name());
      optionalEnum(g, "status", detail.get().status());
      optionalDate(g, "since", detail.get().since());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void patient(JsonGenerator g, PatientProfile p) throws IOException {
    g.writeObjectFieldStart("patient");
    optionalDate(g, "birthDate", p.birthDate());
    optionalEnum(g, "sex", p.sex());
    optionalEnum(g, "pregnancy", p.pregnancy());
    if (p.conditions().isPresent()) {
      conditions(g, p);
    }
    if (p.medications().isPresent()) {
      g.writeArrayFieldStart("medications");
      for (Medication m : p.medications().get()) {
        g.writeStartObject();
        g.writeStringField("kind", m.kind().name());
        optionalDate(g, "from", m.from());
        optionalDate(g, "until", m.until());
        if (m.prescribed().isPresent()) {
          g.writeBooleanField("prescribed", m.prescribed().get());
        }
        optionalEnum(g, "area", m.area());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (p.allergies().isPresent()) {
      enumList(g, "allergies", p.allergies().get());
    }
    if (p.areaFindings().isPresent()) {
      g.writeArrayFieldStart("areaFindings");
      for (AreaFinding f : p.areaFindings().get()) {
        g.writeStartObject();
        g.writeStringField("area", f.area().name());
        g.writeStringField("finding", f.finding().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (p.procedures().isPresent()) {
      g.writeArrayFieldStart("procedures");
      for (Procedure pr : p.procedures().get()) {
        g.writeStartObject();
        g.writeStringField("kind", pr.kind().name());
        g.writeStringField("area", pr.area().name());
        date(g, "date", pr.date());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (p.skin().isPresent()) {
      g.writeObjectFieldStart("skin");
      optionalEnum(g, "fitzpatrick", p.skin().get().fitzpatrick());
      optionalEnum(g, "type", p.skin().get().type());
      g.writeEndObject();
    }
    if (p.menstruation().isPresent()) {
      MenstrualCycle c = p.menstruation().get();
      g.writeObjectFieldStart("menstruation");
      optionalEnum(g, "cycle", c.cycle());
      optionalDate(g, "lastStart", c.lastStart());
      if (c.cycleDays().isPresent()) {
        g.writeNumberField("cycleDays", c.cycleDays().get());
      }
      if (c.periodDays().isPresent()) {
        g.writeNumberField("periodDays", c.periodDays().get());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("labResults");
    for (LabResult l : p.labResults()) {
      g.writeStartObject();
      g.writeStringField("test", l.test().name());
      optionalEnum(g, "result", l.result());
      if (l.value().isPresent()) {
        g.writeNumberField("value", l.value().get());
      }
      if (l.unit().isPresent()) {
        g.writeStringField("unit", l.unit().get());
      }
      date(g, "date", l.date());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (p.reproductive().isPresent()) {
      Reproductive rep = p.reproductive().get();
      g.writeObjectFieldStart("reproductive");
      optionalBoolean(g, "tryingToConceive", rep.tryingToConceive());
      optionalDate(g, "deliveredOn", rep.deliveredOn());
      if (rep.pregnancyTest().isPresent()) {
        g.writeObjectFieldStart("pregnancyTest");
        g.writeStringField("result", rep.pregnancyTest().get().result().name());
        date(g, "date", rep.pregnancyTest().get().date());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (p.lifestyle().isPresent()) {
      g.writeObjectFieldStart("lifestyle");
      optionalBoolean(g, "smoker", p.lifestyle().get().smoker());
      optionalBoolean(g, "frequentSolarium", p.lifestyle().get().frequentSolarium());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void optionalBoolean(JsonGenerator g, String name, Optional<Boolean> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
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
      if (e.kind() != org.regimen.request.EventKind.PRESENTABLE) {
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
