package org.regimen.json;

import static org.regimen.json.Writing.date;
import static org.regimen.json.Writing.enumList;
import static org.regimen.json.Writing.optionalBoolean;
import static org.regimen.json.Writing.optionalDate;
import static org.regimen.json.Writing.optionalEnum;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.regimen.request.AreaFinding;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.LabResult;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.Procedure;
import org.regimen.request.Reproductive;
import org.regimen.request.Skin;

/**
 * Writes a request's {@code patient} in the contract's form, one section per part of the profile.
 * What the profile does not know is left out, never written as empty: an empty list means "known:
 * none" ({@link PatientProfile}). Lab results are always a list.
 */
final class PatientWriter {
  private PatientWriter() {}

  static void write(JsonGenerator g, PatientProfile p) throws IOException {
    g.writeObjectFieldStart("patient");
    optionalDate(g, "birthDate", p.birthDate());
    optionalEnum(g, "sex", p.sex());
    optionalEnum(g, "pregnancy", p.pregnancy());
    if (p.conditions().isPresent()) {
      conditions(g, p);
    }
    if (p.medications().isPresent()) {
      medications(g, p.medications().get());
    }
    if (p.allergies().isPresent()) {
      enumList(g, "allergies", p.allergies().get());
    }
    if (p.areaFindings().isPresent()) {
      areaFindings(g, p.areaFindings().get());
    }
    if (p.procedures().isPresent()) {
      procedures(g, p.procedures().get());
    }
    if (p.skin().isPresent()) {
      skin(g, p.skin().get());
    }
    if (p.menstruation().isPresent()) {
      menstruation(g, p.menstruation().get());
    }
    labResults(g, p.labResults());
    if (p.reproductive().isPresent()) {
      reproductive(g, p.reproductive().get());
    }
    if (p.lifestyle().isPresent()) {
      lifestyle(g, p.lifestyle().get());
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

  private static void medications(JsonGenerator g, List<Medication> medications)
      throws IOException {
    g.writeArrayFieldStart("medications");
    for (Medication m : medications) {
      g.writeStartObject();
      g.writeStringField("kind", m.kind().name());
      optionalDate(g, "from", m.from());
      optionalDate(g, "until", m.until());
      optionalBoolean(g, "prescribed", m.prescribed());
      optionalEnum(g, "area", m.area());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void areaFindings(JsonGenerator g, List<AreaFinding> findings)
      throws IOException {
    g.writeArrayFieldStart("areaFindings");
    for (AreaFinding f : findings) {
      g.writeStartObject();
      g.writeStringField("area", f.area().name());
      g.writeStringField("finding", f.finding().name());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void procedures(JsonGenerator g, List<Procedure> procedures) throws IOException {
    g.writeArrayFieldStart("procedures");
    for (Procedure procedure : procedures) {
      g.writeStartObject();
      g.writeStringField("kind", procedure.kind().name());
      g.writeStringField("area", procedure.area().name());
      date(g, "date", procedure.date());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void skin(JsonGenerator g, Skin skin) throws IOException {
    g.writeObjectFieldStart("skin");
    optionalEnum(g, "fitzpatrick", skin.fitzpatrick());
    optionalEnum(g, "type", skin.type());
    g.writeEndObject();
  }

  private static void menstruation(JsonGenerator g, MenstrualCycle c) throws IOException {
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

  private static void labResults(JsonGenerator g, List<LabResult> results) throws IOException {
    g.writeArrayFieldStart("labResults");
    for (LabResult l : results) {
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
  }

  private static void reproductive(JsonGenerator g, Reproductive rep) throws IOException {
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

  private static void lifestyle(JsonGenerator g, Lifestyle lifestyle) throws IOException {
    g.writeObjectFieldStart("lifestyle");
    optionalBoolean(g, "smoker", lifestyle.smoker());
    optionalBoolean(g, "frequentSolarium", lifestyle.frequentSolarium());
    g.writeEndObject();
  }
}
