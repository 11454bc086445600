package org.regimen.protocol;

import org.regimen.plan.DayRange;

/**
 * Reads a span: {@code {"min": 1, "max": 2, "unit": "DAYS"}} converted to days, or {@code
 * {"glossary": "a few days"}} looked up in the glossary. Nothing else: a vague phrase that the
 * glossary lacks must fail the load rather than be guessed.
 */
final class SpanReader {
  private SpanReader() {}

  static Span read(StrictObject parent, String key, boolean required, Glossary glossary) {
    return parent.object(key, required, o -> read(o, glossary));
  }

  static Span read(StrictObject o, Glossary glossary) {
    if (o.has("glossary")) {
      return fromGlossary(o, glossary);
    }
    Integer min = o.integer("min", 0);
    Integer max = o.integer("max", 0);
    SpanUnit unit = o.enumValue("unit", SpanUnit.class);
    if (min != null && max != null && max < min) {
      o.problem("max", "must be at least min");
    }
    if (!o.done()) {
      return null;
    }
    if (unit != SpanUnit.MONTHS) {
      return Span.ofDays(unit.toDays(min), unit.toDays(max));
    }
    return ImmutableSpan.builder()
        .days(DayRange.of(unit.toDays(min), unit.toDays(max)))
        .calendarMin(unit.toPeriod(min))
        .calendarMax(unit.toPeriod(max))
        .build();
  }

  private static Span fromGlossary(StrictObject o, Glossary glossary) {
    for (String numberKey : new String[] {"min", "max", "unit"}) {
      if (o.has(numberKey)) {
        o.skip(numberKey);
        o.problem(numberKey, "a span has either glossary or min, max and unit, not both");
      }
    }
    String phrase = o.text("glossary");
    Span span = null;
    if (phrase != null) {
      span = glossary.lookup(phrase).orElse(null);
      if (span == null) {
        o.problem("glossary", "phrase '" + phrase + "' is not in the glossary");
      }
    }
    return o.done() ? span : null;
  }

  /** A span that must end after it starts (a window, not a single day); open spans pass. */
  static void requireEndAfterStart(StrictObject parent, String key, Span span) {
    if (span != null && !span.open()) {
      DayRange days = span.days();
      if (days.max() <= days.min()) {
        parent.problem(key, "must end after it starts (max above min)");
      }
    }
  }
}
