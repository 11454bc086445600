package org.regimen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.regimen.plan.DayRange;

/**
 * The one table that turns a source's vague words ("a few weeks") into days. It is data ({@value
 * #STANDARD_RESOURCE}), not code, so a reviewer reads it and a clinic can change it; each entry
 * carries the reason it is a Regimen default. A protocol phrase the glossary lacks fails the load.
 *
 * @since 0.1.0
 */
public final class Glossary {
  /** The core's glossary, with the defaults of docs/design.md's "Vague words" table. */
  public static final String STANDARD_RESOURCE = "org/regimen/protocol/glossary.json";

  private static final int FORMAT_VERSION = 1;
  private static volatile Glossary standard;

  /** Normalised words to entry, sorted so {@link #phrases()} reads in a stable order. */
  private final Map<String, Entry> entries;

  private Glossary(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /**
   * {@return the core's glossary, read on first use and shared. Not a holder class: a broken
   * glossary must fail every call with its {@link ProtocolException}, not once and then as
   * NoClassDefFoundError}
   */
  public static Glossary standard() {
    Glossary result = standard;
    if (result == null) {
      synchronized (Glossary.class) {
        result = standard;
        if (result == null) {
          result = load(STANDARD_RESOURCE);
          standard = result;
        }
      }
    }
    return result;
  }

  /**
   * {@return the glossary document read from the class path (the standard one, or a test's)}
   *
   * @param resource the resource's path on the class path
   * @throws ProtocolException if the document cannot be read or breaks a rule
   */
  public static Glossary load(String resource) {
    return read(resource, JsonDocuments.load(Glossary.class, resource));
  }

  /**
   * {@return the glossary document read from a stream, e.g. a clinic's own file}
   *
   * @param resourceName names the document in errors
   * @param in the document, UTF-8 JSON
   * @throws ProtocolException if the document cannot be read or breaks a rule
   */
  public static Glossary parse(String resourceName, InputStream in) {
    return read(resourceName, JsonDocuments.parse(resourceName, in));
  }

  /** A glossary without phrases, for documents that must not use any (rules-only documents). */
  static Glossary empty() {
    return new Glossary(Map.of());
  }

  /**
   * {@return the span for {@code words}, ignoring case and runs of white space}
   *
   * @param words a vague phrase, e.g. "a few days"
   */
  public Optional<Span> lookup(String words) {
    return Optional.ofNullable(entries.get(normalise(words))).map(Entry::span);
  }

  /**
   * {@return why the glossary gives this range: the Regimen default's reason, for a plan to show}
   *
   * @param words a vague phrase, e.g. "a few days"
   */
  public Optional<String> reason(String words) {
    return Optional.ofNullable(entries.get(normalise(words))).map(Entry::reason);
  }

  /** {@return every phrase, normalised (lower case, single spaces)} */
  public Set<String> phrases() {
    return entries.keySet();
  }

  static String normalise(String words) {
    return words.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A phrase's span and the reason the glossary gives it. */
  private record Entry(Span span, String reason) {}

  // ---- reading ----

  private static Glossary read(String resource, JsonNode tree) {
    Problems problems = new Problems();
    StrictObject root = StrictObject.of(tree, "", problems);
    Map<String, Entry> entries = new TreeMap<>();
    if (root != null) {
      Integer version = root.integer("formatVersion", 0);
      if (version != null && version != FORMAT_VERSION) {
        root.problem("formatVersion", "must be " + FORMAT_VERSION + " (supported: " + FORMAT_VERSION + ")");
      }
      root.optionalText("about");
      root.objects("entries", true, Glossary::readEntry).stream()
          .filter(Objects::nonNull)
          .forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
      requireUniquePhrases(tree.get("entries"), problems);
      root.done();
    }
    problems.throwIfAny(resource);
    return new Glossary(entries);
  }

  /**
   * Two entries for one phrase (after normalising) would make lookups depend on order. Checked on
   * the raw tree so that a repeat is reported even when one of the entries is broken.
   */
  private static void requireUniquePhrases(JsonNode list, Problems problems) {
    if (list == null || !list.isArray()) {
      return;
    }
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode words = list.get(i).get("words");
      if (words != null && words.isTextual()) {
        Integer first = firstIndex.putIfAbsent(normalise(words.textValue()), i);
        if (first != null) {
          problems.add(
              "entries[" + i + "].words",
              "phrase '" + normalise(words.textValue()) + "' is already listed at entries[" + first + "]");
        }
      }
    }
  }

  private static Map.Entry<String, Entry> readEntry(StrictObject o) {
    String words = o.text("words");
    Amount min = o.object("min", true, Glossary::readAmount);
    boolean open = o.optionalBoolean("open").orElse(false);
    Amount max = null;
    if (open && o.has("max")) {
      o.skip("max");
      o.problem("max", "an open entry has no end: leave max out");
    } else if (!open) {
      max = o.object("max", true, Glossary::readAmount);
    }
    String reason = o.text("reason");
    if (min != null && max != null && max.days() < min.days()) {
      o.problem("max", "must be at least min (" + min.days() + " days)");
    }
    if (!o.done()) {
      return null;
    }
    String phrase = normalise(words);
    Amount end = open ? min : max;
    ImmutableSpan.Builder span =
        ImmutableSpan.builder()
            .days(DayRange.of(min.days(), end.days()))
            .glossaryWords(phrase)
            .open(open);
    if (min.unit() == SpanUnit.MONTHS || end.unit() == SpanUnit.MONTHS) {
      span.calendarMin(min.period()).calendarMax(end.period());
    }
    return Map.entry(phrase, new Entry(span.build(), reason));
  }

  /** A count in its unit: days for lengths, the calendar for dates ({@link SpanUnit#toPeriod}). */
  private record Amount(int count, SpanUnit unit) {
    int days() {
      return unit.toDays(count);
    }

    java.time.Period period() {
      return unit.toPeriod(count);
    }
  }

  /** {@code {"count": 2, "unit": "WEEKS"}}. */
  private static Amount readAmount(StrictObject o) {
    Integer count = o.integer("count", 0);
    SpanUnit unit = o.enumValue("unit", SpanUnit.class);
    return o.done() ? new Amount(count, unit) : null;
  }
}
