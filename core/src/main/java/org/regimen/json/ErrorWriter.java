package org.regimen.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;

/** The contract's error document: the id in its own field, never inside a message. */
final class ErrorWriter {
  private ErrorWriter() {}

  static void write(JsonGenerator g, InvalidRequestException error, Optional<Integer> line)
      throws IOException {
    g.writeStartObject();
    Writing.optionalText(g, "id", error.requestId());
    if (line.isPresent()) {
      g.writeNumberField("line", line.get());
    }
    g.writeArrayFieldStart("errors");
    for (Problem p : error.problems()) {
      g.writeStartObject();
      g.writeStringField("path", p.path());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
