package org.regimen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the two top-level documents, a protocol and a rules-only document (the core's baseline),
 * and the parts they share: the format version, the sources and the check that every source used
 * is declared. Collects every problem before failing once.
 */
final class DocumentReader {
  static final int FORMAT_VERSION = 1;
  static final Set<Integer> SUPPORTED_FORMAT_VERSIONS = Set.of(FORMAT_VERSION);
  static final String VERSION = "\\d+\\.\\d+\\.\\d+";

  /**
   * The optional root key naming the JSON Schema a document is written against ({@code
   * protocol.schema.json}, {@code baseline.schema.json}), so that an editor validates it as it is
   * written. Read as a non-empty string and otherwise ignored; like every key, it counts in the
   * digest.
   */
  static final String SCHEMA_KEY = "$schema";

  private DocumentReader() {}

  static Protocol readProtocol(
      String resource, JsonNode tree, Glossary glossary, Optional<RuleSet> baseline) {
    Problems problems = new Problems();
    StrictObject root = StrictObject.of(tree, "", problems);
    Protocol protocol =
        root == null ? null : protocol(root, tree, new ReadContext(glossary), baseline);
    problems.throwIfAny(resource);
    return protocol;
  }

  /** The protocol, or null when anything in it is wrong (the problems are in {@code root}'s). */
  private static Protocol protocol(
      StrictObject root, JsonNode tree, ReadContext context, Optional<RuleSet> baseline) {
    Problems problems = root.problems();
    root.optionalText(SCHEMA_KEY);
    Integer formatVersion = formatVersion(root);
    String id = root.text("id", CourseReader.COURSE_ID, "lower case letters, digits and '-'");
    String name = root.text("name");
    String version = root.text("version", VERSION, "MAJOR.MINOR.PATCH");
    Set<String> declared = new HashSet<>();
    List<Source> sources = sources(root, declared);
    Screening screening = screening(root, context, baseline);
    List<Course> courses = root.objects("courses", true, new CourseReader(context)::read);
    root.requireUnique("courses", "id", "course id");
    WithOthers withOthers = withOthers(root, context, id);
    Optional<SafetyBounds> bounds =
        Optional.ofNullable(root.object("bounds", false, new BoundsReader(context)::read));
    boolean clean = root.done();
    context.requireDeclared(declared, problems);
    if (clean && problems.isEmpty()) {
      bounds.ifPresent(b -> BoundsReader.requireFits(b, courses, screening.rules(), problems));
    }
    if (!clean || !problems.isEmpty()) {
      return null;
    }
    ImmutableProtocol.Builder protocol =
        Protocol.builder()
            .formatVersion(formatVersion)
            .id(id)
            .name(name)
            .version(version)
            .digest(ContentDigest.of(tree))
            .sources(sources)
            .courses(courses)
            .bounds(bounds);
    screening.addTo(protocol);
    withOthers.addTo(protocol);
    Protocol read = protocol.build();
    // The verdicts depend on the baseline the protocol gets: without it they are not checked.
    baseline.ifPresent(
        rules -> Coverage.problems(read, rules).forEach(p -> problems.add(p.path(), p.rule())));
    return read;
  }

  /** How the protocol screens a patient: its changes to the baseline, its rules, what it ignores. */
  private record Screening(
      List<BaselineOverride> overrides, List<ScreeningRule> rules, List<NotRelevant> notRelevant) {
    void addTo(ImmutableProtocol.Builder protocol) {
      protocol.baselineOverrides(overrides).screening(rules).notRelevant(notRelevant);
    }
  }

  private static Screening screening(
      StrictObject root, ReadContext context, Optional<RuleSet> baseline) {
    List<BaselineOverride> overrides =
        root.objects("baselineOverrides", false, o -> RuleReader.readOverride(o, context, baseline));
    root.requireUnique("baselineOverrides", "code", "baseline override code");
    List<ScreeningRule> rules =
        root.objects("screening", false, o -> RuleReader.readRule(o, context));
    root.requireUnique("screening", "code", "rule code");
    List<NotRelevant> notRelevant =
        root.objects("notRelevant", false, o -> NotRelevantReader.read(o, context));
    return new Screening(overrides, rules, notRelevant);
  }

  /** The protocol beside other options: alternatives to it, and how it combines with others. */
  private record WithOthers(
      List<AlternativeSpec> alternatives,
      Optional<Sourced<Boolean>> sameDay,
      Optional<SequencingSpec> sequencing) {
    void addTo(ImmutableProtocol.Builder protocol) {
      protocol.alternatives(alternatives).sameDayWithOthers(sameDay).sequencing(sequencing);
    }
  }

  private static WithOthers withOthers(StrictObject root, ReadContext context, String id) {
    List<AlternativeSpec> alternatives =
        root.objects("alternatives", false, o -> CombinationReader.alternative(o, context));
    root.requireUnique("alternatives", "name", "alternative name");
    return new WithOthers(
        alternatives,
        CombinationReader.sameDayWithOthers(root, context),
        CombinationReader.sequencing(root, context, id));
  }

  /** {@code {"formatVersion": 1, "sources": [...], "rules": [...]}}, and optionally {@code "$schema"}. */
  static RuleSet readRules(String resource, JsonNode tree) {
    Problems problems = new Problems();
    // A rules document has no spans; an empty glossary makes any that appear fail by name.
    ReadContext context = new ReadContext(Glossary.empty());
    StrictObject root = StrictObject.of(tree, "", problems);
    RuleSet rules = null;
    if (root != null) {
      root.optionalText(SCHEMA_KEY);
      formatVersion(root);
      Set<String> declared = new HashSet<>();
      List<Source> sources = sources(root, declared);
      List<ScreeningRule> read = root.objects("rules", true, o -> RuleReader.readRule(o, context));
      root.requireUnique("rules", "code", "rule code");
      boolean clean = root.done();
      context.requireDeclared(declared, problems);
      if (clean && problems.isEmpty()) {
        rules =
            RuleSet.builder().sources(sources).rules(read).digest(ContentDigest.of(tree)).build();
      }
    }
    problems.throwIfAny(resource);
    return rules;
  }

  private static Integer formatVersion(StrictObject root) {
    Integer version = root.integer("formatVersion", Integer.MIN_VALUE);
    if (version != null && !SUPPORTED_FORMAT_VERSIONS.contains(version)) {
      root.problem(
          "formatVersion",
          "version " + version + " is not supported (supported: " + SUPPORTED_FORMAT_VERSIONS + ")");
      return null;
    }
    return version;
  }

  /**
   * The sources, adding every id to {@code declared} even for a source broken in another way, so
   * that one bad source does not also fail every value that cites it.
   */
  private static List<Source> sources(StrictObject root, Set<String> declared) {
    List<Source> sources = root.possiblyEmptyObjects("sources", o -> source(o, declared));
    root.requireUnique("sources", "id", "source id");
    return sources;
  }

  /** A source document ({@code file}) or a publication ({@code citation}): exactly one of them. */
  private static Source source(StrictObject o, Set<String> declared) {
    String id = o.text("id");
    if (id != null) {
      declared.add(id);
    }
    if (Basis.REGIMEN_DEFAULT.equals(id)) {
      o.problem("id", "'" + Basis.REGIMEN_DEFAULT + "' is reserved for Regimen's own defaults");
    }
    Optional<String> file = o.optionalText("file");
    Optional<String> citation = o.optionalText("citation");
    if (o.has("file") == o.has("citation")) {
      o.problemHere("must have exactly one of file and citation");
    }
    if (!o.done()) {
      return null;
    }
    return Source.builder().id(id).file(file).citation(citation).build();
  }
}
