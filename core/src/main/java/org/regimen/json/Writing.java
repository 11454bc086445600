package org.regimen.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.regimen.dates.DateRange;

/** Small helpers shared by the streaming writers: the contract's shapes for common parts. */
final class Writing {
  private Writing() {}

  static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
    g.writeStringField(name, date.toString());
  }

  /** A range flattened into its owner as {@code from} and {@code to}. */
  static void range(JsonGenerator g, DateRange range) throws IOException {
    date(g, "from", range.from());
    date(g, "to", range.to());
  }

  static void optionalText(JsonGenerator g, String name, Optional<String> text) throws IOException {
    if (text.isPresent()) {
      g.writeStringField(name, text.get());
    }
  }

  static void optionalDate(JsonGenerator g, String name, Optional<LocalDate> date)
      throws IOException {
    if (date.isPresent()) {
      date(g, name, date.get());
    }
  }

  static void optionalEnum(JsonGenerator g, String name, Optional<? extends Enum<?>> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().name());
    }
  }

  static void optionalBoolean(JsonGenerator g, String name, Optional<Boolean> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(name, value.get());
    }
  }

  static void enumList(JsonGenerator g, String name, Collection<? extends Enum<?>> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> value : values) {
      g.writeString(value.name());
    }
    g.writeEndArray();
  }

  static void textList(JsonGenerator g, String name, Collection<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  static void dateList(JsonGenerator g, String name, Collection<LocalDate> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (LocalDate value : values) {
      g.writeString(value.toString());
    }
    g.writeEndArray();
  }
}
