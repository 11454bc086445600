package org.regimen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.RiskSite;
import org.regimen.plan.VisitKind;
import org.regimen.request.Currency;
import org.regimen.request.MedicationKind;

/** Reads the listed parts of a course: steps, instructions, results, risks, maintenance, price. */
final class CourseItemReader {
  /** The sessions preparation and aftercare run around: each session or the first one only. */
  static final Set<Anchor> INSTRUCTION_ANCHORS =
      Collections.unmodifiableSet(EnumSet.of(Anchor.FIRST_SESSION, Anchor.EACH_SESSION));

  /** What a result window is counted from: the first or last session, or session numbers. */
  static final Set<Anchor> RESULT_ANCHORS =
      Collections.unmodifiableSet(
          EnumSet.of(Anchor.FIRST_SESSION, Anchor.LAST_SESSION, Anchor.SESSIONS));

  private final ReadContext context;

  CourseItemReader(ReadContext context) {
    this.context = context;
  }

  StepSpec step(StrictObject o) {
    String code = context.code(o, "code");
    boolean optional = o.optionalBoolean("optional").orElse(false);
    Basis basis = context.basis(o);
    return o.done() ? StepSpec.builder().code(code).optional(optional).basis(basis).build() : null;
  }

  VisitSpec visit(StrictObject o) {
    VisitKind kind = o.enumValue("kind", VisitKind.class);
    String purpose = o.text("purpose");
    Sourced<Integer> days =
        context.sourced(o, "daysBeforeFirstSession", true, v -> v.integer("value", 0));
    Basis basis = context.basis(o);
    if (!o.done()) {
      return null;
    }
    return VisitSpec.builder()
        .kind(kind)
        .purpose(purpose)
        .daysBeforeFirstSession(days)
        .basis(basis)
        .build();
  }

  /** Preparation and aftercare run around each session or the first one only, never the last. */
  InstructionSpec instruction(StrictObject o) {
    String code = context.code(o, "code");
    String text = o.text("text");
    Anchor anchor = o.enumValue("anchor", Anchor.class, INSTRUCTION_ANCHORS);
    Span span = SpanReader.read(o, "span", true, context.glossary());
    if (span != null && span.open()) {
      o.problem("span", "an instruction needs an end: an open span cannot be followed");
    }
    boolean blocksProcedures = o.optionalBoolean("blocksProcedures").orElse(false);
    List<MedicationKind> whenTaking = o.enumList("whenTaking", MedicationKind.class, false);
    Basis basis = context.basis(o);
    if (!o.done()) {
      return null;
    }
    return InstructionSpec.builder()
        .code(code)
        .text(text)
        .anchor(anchor)
        .span(span)
        .blocksProcedures(blocksProcedures)
        .whenTaking(whenTaking)
        .basis(basis)
        .build();
  }

  /**
   * A result window counted from the first or last session, optionally only for requests its
   * {@code when} matches. An open span ("long-lasting") gives no window: docs/design.md asks for a
   * maintenance note instead.
   */
  ResultSpec result(StrictObject o) {
    ResultPhase phase = o.enumValue("phase", ResultPhase.class);
    Anchor anchor = o.enumValue("anchor", Anchor.class, RESULT_ANCHORS);
    boolean bySessions = anchor == Anchor.SESSIONS;
    Optional<IntRange> sessions =
        Optional.ofNullable(o.object("sessions", bySessions, r -> intRange(r, 1)));
    if (!bySessions && sessions.isPresent()) {
      o.problem("sessions", "only a result anchored on SESSIONS takes session numbers");
    }
    // Counted from session numbers, a span may be empty: the window is between the two sessions.
    Span span =
        bySessions && !o.has("span")
            ? Span.ofDays(0, 0)
            : SpanReader.read(o, "span", true, context.glossary());
    if (span != null && span.open()) {
      o.problem("span", "an open span has no window: say it in the maintenance note instead");
    } else if (!bySessions) {
      SpanReader.requireEndAfterStart(o, "span", span);
    }
    Basis basis = context.basis(o);
    Optional<String> note = o.optionalText("note");
    Optional<Match> when = Optional.ofNullable(MatchReader.read(o, "when", false));
    if (!o.done()) {
      return null;
    }
    return ResultSpec.builder()
        .phase(phase)
        .anchor(anchor)
        .span(span)
        .sessions(sessions)
        .basis(basis)
        .note(note)
        .when(when)
        .build();
  }

  RiskSpec risk(StrictObject o) {
    String code = context.code(o, "code");
    Likelihood likelihood = o.enumValue("likelihood", Likelihood.class);
    RiskSite site = o.enumValue("site", RiskSite.class);
    // A healing time the risk's own source does not give carries its own source and words.
    Basis[] resolvesBasis = new Basis[1];
    Optional<Span> resolves = Optional.ofNullable(o.object("resolves", false, r -> {
      if (r.has("source") || r.has("words")) {
        resolvesBasis[0] = context.basis(r);
      }
      return SpanReader.read(r, context.glossary());
    }));
    boolean visible = o.optionalBoolean("visible").orElse(false);
    if (visible && !o.has("resolves")) {
      // design.md, "Events": every visible risk has a healing time, so the event rule can keep it
      // off the patient's events ("long-lasting" for a mark that does not heal).
      o.problem("resolves", "a visible risk needs its healing time, from its source or a cited one");
    }
    String text = o.text("text");
    Basis basis = context.basis(o);
    Optional<Match> raisedWhen = Optional.ofNullable(MatchReader.read(o, "raisedWhen", false));
    if (!o.done()) {
      return null;
    }
    return RiskSpec.builder()
        .code(code)
        .likelihood(likelihood)
        .site(site)
        .resolves(resolves)
        .resolvesBasis(Optional.ofNullable(resolvesBasis[0]))
        .visible(visible)
        .text(text)
        .basis(basis)
        .raisedWhen(raisedWhen)
        .build();
  }

  MaintenanceSpec maintenance(StrictObject o) {
    Optional<Span> span = Optional.ofNullable(SpanReader.read(o, "span", false, context.glossary()));
    String text = o.text("text");
    Basis basis = context.basis(o);
    if (!o.done()) {
      return null;
    }
    return MaintenanceSpec.builder().span(span).text(text).basis(basis).build();
  }

  /**
   * {@code {"perSession": {"EUR": {"min": 100, "max": 150}}, ...}}: whole units per currency; a
   * clinic's variant may give {@code perCourse} instead of (or beside) {@code perSession}.
   */
  PriceSpec price(StrictObject o) {
    boolean either = o.has("perCourse");
    Map<Currency, IntRange> perSession = currencies(o, "perSession", !either);
    Map<Currency, IntRange> perCourse = currencies(o, "perCourse", false);
    Basis basis = context.basis(o);
    return o.done()
        ? PriceSpec.builder().perSession(perSession).perCourse(perCourse).basis(basis).build()
        : null;
  }

  private static Map<Currency, IntRange> currencies(StrictObject o, String key, boolean required) {
    Map<Currency, IntRange> prices = new EnumMap<>(Currency.class);
    StrictObject currencies = o.object(key, required);
    if (currencies != null) {
      Map<String, JsonNode> entries = currencies.entries();
      if (entries.isEmpty()) {
        currencies.problemHere("must name at least one currency");
      }
      entries.keySet().stream().sorted().forEach(name -> readPrice(currencies, name, prices));
      currencies.done();
    }
    return prices;
  }

  private static void readPrice(
      StrictObject currencies, String name, Map<Currency, IntRange> perSession) {
    Optional<Currency> currency =
        EnumSet.allOf(Currency.class).stream().filter(c -> c.name().equals(name)).findFirst();
    if (currency.isEmpty()) {
      currencies.problem(name, "is not a currency: must be one of " + EnumSet.allOf(Currency.class));
      return;
    }
    IntRange range = currencies.object(name, true, CourseItemReader::intRange);
    if (range != null) {
      perSession.put(currency.get(), range);
    }
  }

  /** {@code {"min": 1, "max": 3}}, both at least 0, max not below min. */
  static IntRange intRange(StrictObject o) {
    return intRange(o, 0);
  }

  static IntRange intRange(StrictObject o, int floor) {
    Integer min = o.integer("min", floor);
    Integer max = o.integer("max", floor);
    if (min != null && max != null && max < min) {
      o.problem("max", "must be at least min");
    }
    return o.done() ? IntRange.of(min, max) : null;
  }
}
