package org.regimen.json;

import static org.regimen.json.Writing.date;
import static org.regimen.json.Writing.enumList;
import static org.regimen.json.Writing.optionalEnum;
import static org.regimen.json.Writing.textList;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.regimen.json.TreeReader.Fields;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.PastSessionStatus;
import org.regimen.request.AdverseEvent;
import org.regimen.request.BodyArea;
import org.regimen.request.CourseResponse;
import org.regimen.request.History;
import org.regimen.request.ImmutablePastSession;
import org.regimen.request.PastSession;

/**
 * The JSON of a course in progress, both ways: the request's {@code history} and the plan's
 * evaluated {@code history[]}, every key named here (see docs/contract.md).
 */
final class HistoryJson {
  static final AllowedFields HISTORY = new AllowedFields("sessions", "response");
  static final AllowedFields PAST_SESSION =
      new AllowedFields("treatment", "date", "areas", "reactions", "adverse");
  static final AllowedFields EVALUATED =
      new AllowedFields("date", "treatment", "counted", "status", "text");

  private final TreeReader r;

  HistoryJson(TreeReader reader) {
    this.r = reader;
  }

  ValueReader<History> history() {
    return r.object(HISTORY, this::history);
  }

  ValueReader<EvaluatedSession> evaluated() {
    return r.object(EVALUATED, this::evaluated);
  }

  private History history(Fields f) {
    return History.builder()
        .sessions(f.list("sessions", r.object(PAST_SESSION, this::pastSession)))
        .response(f.optional("response", r.oneOf(CourseResponse.class)))
        .build();
  }

  private PastSession pastSession(Fields f) {
    ImmutablePastSession.Builder b = PastSession.builder();
    f.required("treatment", r.text()).ifPresent(b::treatment);
    f.required("date", r.date()).ifPresent(b::date);
    b.areas(f.list("areas", r.oneOf(BodyArea.class)));
    b.reactions(f.list("reactions", r.text()));
    b.adverse(f.list("adverse", r.oneOf(AdverseEvent.class)));
    return b.build();
  }

  private EvaluatedSession evaluated(Fields f) {
    var b = EvaluatedSession.builder();
    f.required("date", r.date()).ifPresent(b::date);
    f.required("treatment", r.text()).ifPresent(b::treatment);
    f.required("counted", r.bool()).ifPresent(b::counted);
    f.required("status", r.oneOf(PastSessionStatus.class)).ifPresent(b::status);
    f.required("text", r.text()).ifPresent(b::text);
    return b.build();
  }

  static void write(JsonGenerator g, History history) throws IOException {
    g.writeObjectFieldStart("history");
    g.writeArrayFieldStart("sessions");
    for (PastSession past : history.sessions()) {
      g.writeStartObject();
      g.writeStringField("treatment", past.treatment());
      date(g, "date", past.date());
      enumList(g, "areas", past.areas());
      textList(g, "reactions", past.reactions());
      enumList(g, "adverse", past.adverse());
      g.writeEndObject();
    }
    g.writeEndArray();
    optionalEnum(g, "response", history.response());
    g.writeEndObject();
  }

  /** The plan's {@code history}, written only when there is one (older plans stay as they were). */
  static void write(JsonGenerator g, List<EvaluatedSession> history) throws IOException {
    if (history.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("history");
    for (EvaluatedSession e : history) {
      g.writeStartObject();
      date(g, "date", e.date());
      g.writeStringField("treatment", e.treatment());
      g.writeBooleanField("counted", e.counted());
      g.writeStringField("status", e.status().name());
      g.writeStringField("text", e.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
