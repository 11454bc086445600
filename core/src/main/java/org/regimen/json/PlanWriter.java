package org.regimen.json;

import static org.regimen.json.Writing.date;
import static org.regimen.json.Writing.enumList;
import static org.regimen.json.Writing.optionalDate;
import static org.regimen.json.Writing.optionalEnum;
import static org.regimen.json.Writing.optionalText;
import static org.regimen.json.Writing.textList;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.regimen.plan.Adjustment;
import org.regimen.plan.Alternative;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.Conflict;
import org.regimen.plan.Cost;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Eligibility;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.Maintenance;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.plan.Visit;

/**
 * Writes plans and comparisons straight to a generator, field by field: this is on the planning
 * hot path, so no intermediate tree and no reflection.
 */
final class PlanWriter {
  private PlanWriter() {}

  static void write(JsonGenerator g, TreatmentPlan p) throws IOException {
    write(g, p, Optional.empty());
  }

  /** With {@code line}, the request's line number in a batch, after the id. */
  static void write(JsonGenerator g, TreatmentPlan p, Optional<Integer> line) throws IOException {
    g.writeStartObject();
    optionalText(g, "id", p.id());
    if (line.isPresent()) {
      g.writeNumberField("line", line.get());
    }
    treatments(g, p);
    g.writeStringField("indication", p.indication().name());
    g.writeStringField("language", p.language());
    g.writeFieldName("eligibility");
    eligibility(g, p.eligibility());
    HistoryJson.write(g, p.history());
    g.writeArrayFieldStart("sessions");
    for (Session s : p.sessions()) {
      session(g, s);
    }
    g.writeEndArray();
    visits(g, p.visits());
    results(g, p.results());
    g.writeArrayFieldStart("risks");
    for (Risk r : p.risks()) {
      risk(g, r);
    }
    g.writeEndArray();
    if (p.maintenance().isPresent()) {
      maintenance(g, p.maintenance().get());
    }
    cost(g, p.cost());
    adjustments(g, p.adjustments());
    conflicts(g, p.conflicts());
    textList(g, "notes", p.notes());
    textList(g, "sources", p.sources());
    g.writeStringField("library", p.library());
    g.writeEndObject();
  }

  /** One treatment as an object; a combination's as an array, one per part. */
  private static void treatments(JsonGenerator g, TreatmentPlan p) throws IOException {
    if (p.treatment().isPresent()) {
      g.writeFieldName("treatment");
      treatmentRef(g, p.treatment().get());
      return;
    }
    g.writeArrayFieldStart("treatments");
    for (TreatmentRef ref : p.treatments()) {
      treatmentRef(g, ref);
    }
    g.writeEndArray();
  }

  private static void visits(JsonGenerator g, List<Visit> visits) throws IOException {
    g.writeArrayFieldStart("visits");
    for (Visit v : visits) {
      g.writeStartObject();
      g.writeStringField("kind", v.kind().name());
      date(g, "date", v.date());
      g.writeStringField("purpose", v.purpose());
      optionalText(g, "treatment", v.treatment());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void adjustments(JsonGenerator g, List<Adjustment> adjustments) throws IOException {
    g.writeArrayFieldStart("adjustments");
    for (Adjustment a : adjustments) {
      g.writeStartObject();
      g.writeNumberField("session", a.session());
      g.writeStringField("reason", a.reason().name());
      g.writeStringField("text", a.text());
      optionalText(g, "treatment", a.treatment());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void conflicts(JsonGenerator g, List<Conflict> conflicts) throws IOException {
    g.writeArrayFieldStart("conflicts");
    for (Conflict c : conflicts) {
      g.writeStartObject();
      g.writeStringField("constraint", c.constraint().name());
      if (c.session().isPresent()) {
        g.writeNumberField("session", c.session().get());
      }
      g.writeStringField("text", c.text());
      optionalText(g, "treatment", c.treatment());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void write(JsonGenerator g, Comparison c) throws IOException {
    write(g, c, Optional.empty());
  }

  static void write(JsonGenerator g, Comparison c, Optional<Integer> line) throws IOException {
    g.writeStartObject();
    optionalText(g, "id", c.id());
    if (line.isPresent()) {
      g.writeNumberField("line", line.get());
    }
    g.writeStringField("indication", c.indication().name());
    g.writeArrayFieldStart("options");
    for (ComparisonOption o : c.options()) {
      g.writeStartObject();
      g.writeFieldName("treatment");
      treatmentRef(g, o.treatment());
      g.writeFieldName("eligibility");
      eligibility(g, o.eligibility());
      g.writeNumberField("sessionCount", o.sessionCount());
      optionalDate(g, "firstSession", o.firstSession());
      g.writeNumberField("courseDays", o.courseDays());
      g.writeNumberField("downtimeDays", o.downtimeDays());
      results(g, o.results());
      cost(g, o.cost());
      textList(g, "riskCodes", o.riskCodes());
      textList(g, "rankReasons", o.rankReasons());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("alternatives");
    for (Alternative a : c.alternatives()) {
      g.writeStartObject();
      g.writeStringField("name", a.name());
      g.writeStringField("summary", a.summary());
      g.writeStringField("source", a.source());
      g.writeStringField("sourceWords", a.sourceWords());
      g.writeBooleanField("planned", a.planned());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void treatmentRef(JsonGenerator g, TreatmentRef ref) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", ref.id());
    g.writeStringField("name", ref.name());
    g.writeStringField("protocolVersion", ref.protocolVersion());
    g.writeStringField("protocolDigest", ref.protocolDigest());
    g.writeStringField("baselineDigest", ref.baselineDigest());
    if (ref.variant().isPresent()) {
      g.writeObjectFieldStart("variant");
      g.writeStringField("id", ref.variant().get().id());
      g.writeStringField("version", ref.variant().get().version());
      g.writeStringField("digest", ref.variant().get().digest());
      g.writeEndObject();
    }
    // A combined plan's treatment names what it treats (contract.md, "Additions": treatments[]).
    optionalEnum(g, "indication", ref.indication());
    if (!ref.areas().isEmpty()) {
      Writing.enumList(g, "areas", ref.areas());
    }
    g.writeEndObject();
  }

  private static void eligibility(JsonGenerator g, Eligibility e) throws IOException {
    g.writeStartObject();
    g.writeStringField("status", e.status().name());
    optionalDate(g, "earliestStart", e.earliestStart());
    g.writeArrayFieldStart("findings");
    for (Finding f : e.findings()) {
      g.writeStartObject();
      g.writeStringField("code", f.code());
      g.writeStringField("severity", f.severity().name());
      optionalEnum(g, "area", f.area());
      g.writeStringField("message", f.message());
      g.writeStringField("action", f.action());
      optionalText(g, "patientMessage", f.patientMessage());
      g.writeStringField("source", f.source());
      g.writeStringField("sourceWords", f.sourceWords());
      optionalDate(g, "until", f.until());
      optionalText(g, "treatment", f.treatment());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("excludedAreas");
    for (ExcludedArea a : e.excludedAreas()) {
      g.writeStartObject();
      g.writeStringField("area", a.area().name());
      g.writeStringField("code", a.code());
      optionalText(g, "treatment", a.treatment());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("requiredTests");
    for (RequiredTest t : e.requiredTests()) {
      g.writeStartObject();
      g.writeStringField("test", t.test().name());
      g.writeStringField("reason", t.reason().name());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void session(JsonGenerator g, Session s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("number", s.number());
    optionalText(g, "treatment", s.treatment());
    date(g, "date", s.date());
    g.writeNumberField("minutes", s.minutes());
    g.writeNumberField("visitMinutes", s.visitMinutes());
    g.writeStringField("timeOfDay", s.timeOfDay().name());
    if (s.fastingHours().isPresent()) {
      g.writeNumberField("fastingHours", s.fastingHours().get());
    }
    enumList(g, "areas", s.areas());
    if (!s.furtherVisits().isEmpty()) {
      g.writeArrayFieldStart("furtherVisits");
      for (org.regimen.plan.SessionVisit v : s.furtherVisits()) {
        g.writeStartObject();
        date(g, "date", v.date());
        enumList(g, "areas", v.areas());
        g.writeNumberField("minutes", v.minutes());
        g.writeNumberField("visitMinutes", v.visitMinutes());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    optionalEnum(g, "harvestSite", s.harvestSite());
    textList(g, "practitioners", s.practitioners());
    textList(g, "steps", s.steps());
    textList(g, "notes", s.notes());
    if (s.downtime().isPresent()) {
      g.writeObjectFieldStart("downtime");
      Writing.range(g, s.downtime().get());
      g.writeEndObject();
    }
    instructions(g, "before", s.before());
    instructions(g, "after", s.after());
    g.writeBooleanField("tentative", s.tentative());
    g.writeEndObject();
  }

  private static void instructions(JsonGenerator g, String name, List<DatedInstruction> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (DatedInstruction i : list) {
      g.writeStartObject();
      g.writeStringField("code", i.code());
      Writing.range(g, i.days());
      g.writeStringField("text", i.text());
      g.writeStringField("source", i.source());
      optionalText(g, "sourceWords", i.sourceWords());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void results(JsonGenerator g, List<ResultWindow> results) throws IOException {
    g.writeArrayFieldStart("results");
    for (ResultWindow w : results) {
      g.writeStartObject();
      g.writeStringField("phase", w.phase().name());
      Writing.range(g, w.days());
      g.writeStringField("source", w.source());
      g.writeStringField("sourceWords", w.sourceWords());
      optionalText(g, "note", w.note());
      optionalText(g, "treatment", w.treatment());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void risk(JsonGenerator g, Risk r) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", r.code());
    g.writeStringField("likelihood", r.likelihood().name());
    g.writeStringField("site", r.site().name());
    if (r.resolvesInDays().isPresent()) {
      g.writeObjectFieldStart("resolvesInDays");
      g.writeNumberField("min", r.resolvesInDays().get().min());
      g.writeNumberField("max", r.resolvesInDays().get().max());
      g.writeEndObject();
    }
    g.writeStringField("text", r.text());
    g.writeStringField("source", r.source());
    g.writeStringField("sourceWords", r.sourceWords());
    optionalText(g, "note", r.note());
    optionalText(g, "treatment", r.treatment());
    g.writeEndObject();
  }

  private static void maintenance(JsonGenerator g, Maintenance m) throws IOException {
    g.writeObjectFieldStart("maintenance");
    if (m.days().isPresent()) {
      Writing.range(g, m.days().get());
    }
    g.writeStringField("text", m.text());
    g.writeStringField("source", m.source());
    g.writeStringField("sourceWords", m.sourceWords());
    optionalText(g, "treatment", m.treatment());
    g.writeEndObject();
  }

  private static void cost(JsonGenerator g, Optional<Cost> cost) throws IOException {
    if (cost.isPresent()) {
      g.writeObjectFieldStart("cost");
      g.writeStringField("currency", cost.get().currency().name());
      g.writeNumberField("min", cost.get().min());
      g.writeNumberField("max", cost.get().max());
      g.writeEndObject();
    }
  }
}
