package org.regimen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.SafetyBounds.CourseBounds;
import org.regimen.protocol.SafetyBounds.LabTestBound;

/**
 * Reads a variant document and applies it to its base protocol, with the protocol readers' strict
 * helpers (one strict-JSON layer): the values a variant changes are read by the same readers as a
 * protocol's, then every changed course, laboratory rule and screening rule is checked against the
 * base's {@link SafetyBounds}. Problems carry the variant's own paths.
 */
final class VariantReader {
  static final String VARIANT_ID = CourseReader.COURSE_ID;
  private static final String VERSION = "\\d+\\.\\d+\\.\\d+";

  private final Glossary glossary;
  private final RuleSet baseline;

  VariantReader(Glossary glossary, RuleSet baseline) {
    this.glossary = glossary;
    this.baseline = baseline;
  }

  Variant read(String resource, JsonNode tree, Collection<Protocol> bases) {
    Problems problems = new Problems();
    StrictObject root = StrictObject.of(tree, "", problems);
    Variant variant = root == null ? null : variant(root, tree, new ReadContext(glossary), bases);
    problems.throwIfAny(resource);
    return variant;
  }

  /** The variant, or null when anything in it is wrong (the problems are in {@code root}'s). */
  private Variant variant(StrictObject root, JsonNode tree, ReadContext context, Collection<Protocol> bases) {
    Problems problems = root.problems();
    Integer formatVersion = root.integer("formatVersion", 1);
    if (formatVersion != null && formatVersion != DocumentReader.FORMAT_VERSION) {
      root.problem("formatVersion", "version " + formatVersion + " is not supported (supported: [1])");
    }
    String id = root.text("id", VARIANT_ID, "lower case letters, digits and '-'");
    String name = root.text("name");
    String version = root.text("version", VERSION, "MAJOR.MINOR.PATCH");
    Protocol base = root.object("base", true, b -> base(b, bases));
    Set<String> declared = new HashSet<>();
    List<Source> sources =
        root.possiblyEmptyObjects("sources", o -> source(o, declared, id, version, base));
    root.requireUnique("sources", "id", "source id");
    Applied applied = applied(root, base);
    if (applied != null) {
      applyChanges(root, context, applied);
    } else {
      List.of("courses", "labTests", "screening", "strengthen").forEach(root::skip);
    }
    boolean clean = root.done();
    context.requireDeclared(declared, problems);
    if (!clean || !problems.isEmpty() || applied == null) {
      return null;
    }
    Protocol protocol = applied.protocol(sources);
    Coverage.problems(protocol, baseline)
        .forEach(p -> problems.add("(applied to " + base.id() + ") " + p.path(), p.rule()));
    return Variant.builder()
        .id(id)
        .name(name)
        .version(version)
        .digest(ContentDigest.of(tree))
        .baseProtocol(base.id())
        .protocol(protocol)
        .build();
  }

  /** The base to change, or null when there is none or it takes no variant (no safety bounds). */
  private static Applied applied(StrictObject root, Protocol base) {
    if (base == null) {
      return null;
    }
    if (base.bounds().isEmpty()) {
      root.problem("base.protocol", "protocol '" + base.id() + "' declares no safety bounds: it takes no variant");
      return null;
    }
    return new Applied(base);
  }

  /** Applies the changes to {@code applied} in the document's order, each checked as it comes. */
  private void applyChanges(StrictObject root, ReadContext context, Applied applied) {
    root.objects("courses", false, o -> course(o, context, applied));
    root.requireUnique("courses", "course", "course");
    root.objects("labTests", false, o -> labTest(o, context, applied));
    root.requireUnique("labTests", "rule", "LAB_TESTS rule");
    root.objects("screening", false, o -> extraRule(o, context, applied));
    root.requireUnique("screening", "code", "rule code");
    root.objects("strengthen", false, o -> strengthen(o, context, applied));
    root.requireUnique("strengthen", "code", "rule code");
  }

  /** {@code {"protocol": "prp", "versions": {"from": "1.3.0", "before": "2.0.0"}}}. */
  private Protocol base(StrictObject o, Collection<Protocol> bases) {
    String id = o.text("protocol");
    StrictObject versions = o.object("versions", true);
    String from = null;
    Optional<String> before = Optional.empty();
    if (versions != null) {
      from = versions.text("from", VERSION, "MAJOR.MINOR.PATCH");
      before = Optional.ofNullable(versions.has("before") ? versions.text("before", VERSION, "MAJOR.MINOR.PATCH") : null);
      versions.done();
    }
    if (!o.done() || id == null) {
      return null;
    }
    Optional<Protocol> found = bases.stream().filter(p -> p.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      o.problem(
          "protocol",
          "no installed protocol '" + id + "'; installed: "
              + bases.stream().map(Protocol::id).sorted().collect(Collectors.joining(", ")));
      return null;
    }
    String installed = found.get().version();
    if (from != null && (compare(installed, from) < 0 || before.map(b -> compare(installed, b) >= 0).orElse(false))) {
      o.problem(
          "versions",
          "the installed protocol " + id + " is version " + installed + ", outside from " + from
              + before.map(b -> " before " + b).orElse("")
              + ": review the variant against the new version and raise its range");
      return null;
    }
    return found.get();
  }

  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * A publication ({@code citation}) or a clinic's decision ({@code clinicPolicy}: who decided and
   * when). Plans name it with the variant, so a value from the variant says where it came from.
   */
  private static Source source(
      StrictObject o, Set<String> declared, String variantId, String version, Protocol base) {
    String id = o.text("id");
    if (id != null) {
      declared.add(id);
      if (Basis.REGIMEN_DEFAULT.equals(id)) {
        o.problem("id", "'" + Basis.REGIMEN_DEFAULT + "' is reserved for Regimen's own defaults");
      } else if (base != null && base.source(id).isPresent()) {
        o.problem("id", "'" + id + "' is a source of the base protocol " + base.id() + ": choose another id");
      }
    }
    Optional<String> citation = o.optionalText("citation");
    Optional<String> policy = o.optionalText("clinicPolicy");
    if (o.has("citation") == o.has("clinicPolicy")) {
      o.problemHere("must have exactly one of citation and clinicPolicy");
    }
    if (!o.done()) {
      return null;
    }
    String evidence = citation.orElseGet(() -> "clinic policy, " + policy.orElseThrow());
    return Source.builder()
        .id(id)
        .citation("variant " + variantId + " " + version + ": " + evidence)
        .build();
  }

  // ---- courses ----

  private Void course(StrictObject o, ReadContext context, Applied a) {
    Course base = baseCourse(o, a);
    CourseReader reader = new CourseReader(context);
    CourseItemReader items = new CourseItemReader(context);
    Sourced<IntRange> count =
        context.sourced(o, "sessionCount", false, v -> v.object("value", true, r -> CourseItemReader.intRange(r, 1)));
    List<SessionRule> rules = o.objects("sessionRules", false, reader::sessionRule);
    Interval interval = o.object("interval", false, reader::interval);
    SessionTiming timing = o.object("timing", false, t -> timing(t, context, base));
    Sourced<Integer> fasting = context.sourced(o, "fastingHours", false, v -> v.integer("value", 1));
    PriceSpec price = o.object("price", false, items::price);
    List<Text> texts = o.objects("texts", false, t -> text(t, context));
    o.requireUnique("texts", "code", "instruction code");
    List<RiskSpec> risks = o.objects("risks", false, items::risk);
    o.requireUnique("risks", "code", "risk code");
    if (!o.done() || base == null) {
      return null;
    }
    ImmutableCourse.Builder course = Course.builder().from(base);
    Sourced<IntRange> effectiveCount = count != null ? count : base.sessionCount();
    List<SessionRule> effectiveRules = o.has("sessionRules") ? rules : base.sessionRules();
    CourseReader.requireSessionRulesFit(o, effectiveRules, effectiveCount);
    course.sessionCount(effectiveCount).sessionRules(effectiveRules);
    Optional.ofNullable(interval).ifPresent(course::interval);
    Optional.ofNullable(timing).ifPresent(course::timing);
    if (fasting != null) {
      if (base.fastingHours().isEmpty()) {
        o.problem("fastingHours", "course " + base.id() + " asks for no fasting; a variant cannot add it here (use a text)");
      }
      course.fastingHours(fasting);
    }
    Optional.ofNullable(price).ifPresent(course::price);
    applyTexts(o, texts, base, course);
    addRisks(o, risks, base, course);
    Course changed = course.build();
    requireWithinBounds(o, changed, a);
    a.courses.put(base.id(), changed);
    return null;
  }

  /** The course {@code course} names, as changed so far; null (with a problem) when there is none. */
  private static Course baseCourse(StrictObject o, Applied a) {
    String courseId = o.text("course");
    if (courseId == null) {
      return null;
    }
    Optional<Course> found = a.base.courses().stream().filter(c -> c.id().equals(courseId)).findFirst();
    if (found.isEmpty()) {
      o.problem("course", "names no course of protocol " + a.base.id() + "; its courses: "
          + a.base.courses().stream().map(Course::id).collect(Collectors.joining(", ")));
      return null;
    }
    return a.courses.get(found.get().id());
  }

  /** A variant adds risks; one with a base risk's code would replace it, which it may not. */
  private static void addRisks(StrictObject o, List<RiskSpec> risks, Course base, ImmutableCourse.Builder course) {
    Set<String> riskCodes = base.risks().stream().map(RiskSpec::code).collect(Collectors.toSet());
    for (int i = 0; i < risks.size(); i++) {
      if (riskCodes.contains(risks.get(i).code())) {
        o.problem("risks[" + i + "].code", "risk '" + risks.get(i).code() + "' is already in the base course: a variant adds risks, it does not replace them");
      }
    }
    course.addAllRisks(risks);
  }

  private static void requireWithinBounds(StrictObject o, Course changed, Applied a) {
    CourseBounds bounds = a.bounds.course(changed.id()).orElseThrow();
    int at = a.bounds.courses().indexOf(bounds);
    BoundChecks.course(changed, bounds, "bounds.courses[" + at + "]|" + a.base.id() + " " + a.base.version(),
        (key, message) -> o.problem(key, message));
  }

  /** Any of the five minute values; the others stay the base's. */
  private static SessionTiming timing(StrictObject o, ReadContext context, Course base) {
    Map<String, Sourced<Integer>> read = new LinkedHashMap<>();
    for (String key : List.of("firstAreaMinutes", "extraAreaMinutes", "minMinutes", "maxMinutes", "visitOverheadMinutes")) {
      int floor = key.equals("extraAreaMinutes") || key.equals("visitOverheadMinutes") ? 0 : 1;
      Sourced<Integer> value = context.sourced(o, key, false, v -> v.integer("value", floor));
      if (value != null) {
        read.put(key, value);
      }
    }
    if (!o.done() || base == null) {
      return null;
    }
    SessionTiming t = base.timing();
    SessionTiming timing =
        SessionTiming.builder()
            .firstAreaMinutes(read.getOrDefault("firstAreaMinutes", t.firstAreaMinutes()))
            .extraAreaMinutes(read.getOrDefault("extraAreaMinutes", t.extraAreaMinutes()))
            .minMinutes(read.getOrDefault("minMinutes", t.minMinutes()))
            .maxMinutes(read.getOrDefault("maxMinutes", t.maxMinutes()))
            .visitOverheadMinutes(read.getOrDefault("visitOverheadMinutes", t.visitOverheadMinutes()))
            .build();
    if (timing.maxMinutes().value() < timing.minMinutes().value()) {
      o.problem("maxMinutes", "must be at least minMinutes (" + timing.minMinutes().value() + ")");
      return null;
    }
    return timing;
  }

  /** A new text for a preparation or aftercare instruction, by its code. */
  private record Text(String code, String text, Basis basis) {}

  private static Text text(StrictObject o, ReadContext context) {
    String code = context.code(o, "code");
    String text = o.text("text");
    Basis basis = context.basis(o);
    return o.done() ? new Text(code, text, basis) : null;
  }

  private static void applyTexts(StrictObject o, List<Text> texts, Course base, ImmutableCourse.Builder course) {
    List<InstructionSpec> preparation = new ArrayList<>(base.preparation());
    List<InstructionSpec> aftercare = new ArrayList<>(base.aftercare());
    for (int i = 0; i < texts.size(); i++) {
      Text text = texts.get(i);
      if (text == null) {
        continue;
      }
      boolean found = replace(preparation, text) | replace(aftercare, text);
      if (!found) {
        o.problem("texts[" + i + "].code", "no preparation or aftercare instruction of course " + base.id() + " has code '" + text.code() + "'");
      }
    }
    course.preparation(preparation).aftercare(aftercare);
  }

  private static boolean replace(List<InstructionSpec> instructions, Text text) {
    boolean found = false;
    for (int i = 0; i < instructions.size(); i++) {
      InstructionSpec spec = instructions.get(i);
      if (spec.code().equals(text.code())) {
        // Only the words change: the span, anchor and whom it concerns stay the base's (safety).
        instructions.set(i, InstructionSpec.builder().from(spec).text(text.text()).basis(text.basis()).build());
        found = true;
      }
    }
    return found;
  }

  // ---- rules ----

  private Void labTest(StrictObject o, ReadContext context, Applied a) {
    String code = context.code(o, "rule");
    Sourced<Integer> maxAge = context.sourced(o, "maxResultAgeDays", true, v -> v.integer("value", 1));
    if (!o.done()) {
      return null;
    }
    int index = a.indexOfRule(code);
    Optional<LabTestBound> bound = a.bounds.labTest(code);
    if (index < 0 || a.screening.get(index).kind() != RuleKind.LAB_TESTS || bound.isEmpty()) {
      o.problem("rule", "names no LAB_TESTS rule of protocol " + a.base.id());
      return null;
    }
    ScreeningRule changed = ScreeningRule.builder().from(a.screening.get(index)).maxResultAgeDays(maxAge).build();
    int at = a.bounds.labTests().indexOf(bound.get());
    BoundChecks.labTest(changed, bound.get(), "bounds.labTests[" + at + "]|" + a.base.id() + " " + a.base.version(),
        (key, message) -> o.problem(key, message));
    a.screening.set(index, changed);
    return null;
  }

  private Void extraRule(StrictObject o, ReadContext context, Applied a) {
    ScreeningRule rule = RuleReader.readRule(o, context);
    if (rule == null) {
      return null;
    }
    boolean known = a.indexOfRule(rule.code()) >= 0 || baseline.rules().stream().anyMatch(r -> r.code().equals(rule.code()));
    if (known) {
      o.problem("code", "rule '" + rule.code() + "' already exists: raise it with 'strengthen' instead");
      return null;
    }
    a.screening.add(rule);
    a.added.add(rule);
    return null;
  }

  /** Raises a protocol or baseline rule's severity; lowering or dropping one breaks a bound. */
  private Void strengthen(StrictObject o, ReadContext context, Applied a) {
    String code = context.code(o, "code");
    FindingSeverity severity = o.enumValue("severity", FindingSeverity.class);
    Optional<String> message = o.optionalText("message");
    Optional<String> action = o.optionalText("action");
    Basis basis = context.basis(o);
    if (!o.done()) {
      return null;
    }
    Sourced<?> bound = a.bounds.strengthenOnly();
    String boundText = BoundChecks.describeAny("bounds.strengthenOnly of " + a.base.id() + " " + a.base.version(), bound);
    int index = a.indexOfRule(code);
    if (index >= 0) {
      ScreeningRule rule = a.screening.get(index);
      if (!stricter(severity, Optional.of(rule.severity()))) {
        o.problem("severity", "rule " + code + " is " + rule.severity() + ": a variant may only raise it, not make it " + severity + ": " + boundText);
        return null;
      }
      ImmutableScreeningRule.Builder raised = ScreeningRule.builder().from(rule).severity(severity).basis(basis);
      message.ifPresent(raised::message);
      action.ifPresent(raised::action);
      a.screening.set(index, raised.build());
      return null;
    }
    Optional<ScreeningRule> baselineRule = baseline.rules().stream().filter(r -> r.code().equals(code)).findFirst();
    if (baselineRule.isEmpty()) {
      o.problem("code", "no rule of protocol " + a.base.id() + " or of the baseline has code '" + code + "'");
      return null;
    }
    Optional<BaselineOverride> override = a.overrides.stream().filter(x -> x.code().equals(code)).findFirst();
    Optional<FindingSeverity> current = override.isPresent() ? override.get().severity() : Optional.of(baselineRule.get().severity());
    if (!stricter(severity, current)) {
      o.problem("severity", "rule " + code + " is " + current.map(Enum::name).orElse("dropped by the protocol")
          + ": a variant may only raise it, not make it " + severity + ": " + boundText);
      return null;
    }
    override.ifPresent(a.overrides::remove);
    a.overrides.add(
        BaselineOverride.builder().code(code).severity(severity).basis(basis).message(message).action(action).build());
    return null;
  }

  /** Severity order ABSOLUTE > TEMPORARY > RELATIVE > PRECAUTION; a dropped rule is below all. */
  private static boolean stricter(FindingSeverity candidate, Optional<FindingSeverity> current) {
    return current.map(c -> candidate.ordinal() < c.ordinal()).orElse(true);
  }

  /** The base protocol being changed, one part at a time. */
  private static final class Applied {
    final Protocol base;
    final SafetyBounds bounds;
    final Map<String, Course> courses = new LinkedHashMap<>();
    final List<ScreeningRule> screening;
    final List<ScreeningRule> added = new ArrayList<>();
    final List<BaselineOverride> overrides;

    Applied(Protocol base) {
      this.base = base;
      this.bounds = base.bounds().orElse(null);
      base.courses().forEach(c -> courses.put(c.id(), c));
      this.screening = new ArrayList<>(base.screening());
      this.overrides = new ArrayList<>(base.baselineOverrides());
    }

    int indexOfRule(String code) {
      for (int i = 0; i < screening.size(); i++) {
        if (screening.get(i).code().equals(code)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The base with every change. A fact the base declared not relevant but an added rule now
     * judges loses that declaration: every fact keeps exactly one kind of verdict.
     */
    Protocol protocol(List<Source> variantSources) {
      Set<Fact> judged = new HashSet<>();
      added.forEach(rule -> judged.addAll(Coverage.factsOf(rule)));
      List<NotRelevant> notRelevant = new ArrayList<>();
      for (NotRelevant n : base.notRelevant()) {
        List<Fact> kept = n.facts().stream().filter(f -> !judged.contains(f)).toList();
        if (!kept.isEmpty() || !n.kinds().isEmpty()) {
          notRelevant.add(NotRelevant.builder().from(n).facts(kept).build());
        }
      }
      List<Source> sources = new ArrayList<>(base.sources());
      sources.addAll(variantSources);
      return Protocol.builder()
          .from(base)
          .sources(sources)
          .courses(base.courses().stream().map(c -> courses.get(c.id())).toList())
          .screening(screening)
          .baselineOverrides(overrides)
          .notRelevant(notRelevant)
          .build();
    }
  }
}
