package org.regimen.protocol;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Indication;

/**
 * A therapy's protocol, read from the JSON document in its module: sources, courses and screening
 * rules. Immutable and shared by every plan; loaded and validated once by {@link ProtocolLoader}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Protocol {
  /** {@return the version of the document format this protocol is written in} */
  int formatVersion();

  /** {@return the module id, lower case: {@code prp}} */
  String id();

  /** {@return the therapy's name for people, e.g. "Platelet-rich plasma injections"} */
  String name();

  /** {@return the version of the protocol's content, named in every plan} */
  String version();

  /**
   * {@return SHA-256 of the document's canonical JSON as it was loaded, 64 lower-case hex digits,
   * named in every plan as {@code treatment.protocolDigest}: unlike {@link #version()}, it cannot
   * stay the same when the content changes (docs/versioning.md)}
   */
  String digest();

  /** {@return the sources the protocol's values cite, each with the id a basis names} */
  List<Source> sources();

  /** {@return the therapy's courses, one per group of indications} */
  List<Course> courses();

  /** {@return the rules this protocol switches on, in addition to the baseline} */
  List<ScreeningRule> screening();

  /** {@return the protocol's changes to the core's baseline rules} */
  List<BaselineOverride> baselineOverrides();

  /**
   * {@return facts this therapy declares not relevant, with the reason: with the rules, every fact
   * a request can record has a verdict (see {@link Coverage})}
   */
  List<NotRelevant> notRelevant();

  /**
   * {@return other treatments the sources compare this therapy with, as reference text only: a
   * comparison shows them, marked as not planned by Regimen}
   */
  List<AlternativeSpec> alternatives();

  /**
   * {@return whether a session may share its day with another therapy's session in a combined plan.
   * Absent means no: two procedures on one day need both protocols to allow it}
   */
  Optional<Sourced<Boolean>> sameDayWithOthers();

  /**
   * {@return in a combined plan, the therapies whose courses this one follows, where a source says
   * so}
   */
  Optional<SequencingSpec> sequencing();

  /**
   * {@return the limits a clinic's variant must stay within (docs/variants.md); every therapy
   * module declares them, a protocol without them takes no variant}
   */
  Optional<SafetyBounds> bounds();

  /**
   * {@return true when a session may share its day with another therapy's session in a combined
   * plan}
   */
  default boolean allowsSameDayWithOthers() {
    return sameDayWithOthers().map(Sourced::value).orElse(false);
  }

  /**
   * {@return whether this protocol's course starts after {@code otherId}'s course ends}
   *
   * @param otherId another treatment module's id
   */
  default boolean follows(String otherId) {
    return sequencing().map(s -> s.after().contains(otherId)).orElse(false);
  }

  /**
   * {@return whether sessions must avoid predicted period days (switched on by a MENSTRUATION
   * rule)}
   */
  default boolean avoidsMenstruation() {
    return screening().stream().anyMatch(r -> r.kind() == RuleKind.MENSTRUATION);
  }

  /**
   * {@return the course that treats {@code indication}; empty when the therapy does not treat it}
   *
   * @param indication the indication to treat
   */
  default Optional<Course> courseFor(Indication indication) {
    return courses().stream().filter(c -> c.indications().contains(indication)).findFirst();
  }

  /**
   * {@return the source declared with {@code id}; empty when none is}
   *
   * @param id a source id, as a basis names it
   */
  default Optional<Source> source(String id) {
    return Optional.ofNullable(sourcesById().get(id));
  }

  /**
   * {@return the sources by id, built once per protocol: planning looks a source up for every risk,
   * result window and dated instruction of every session, so a scan of the list per lookup showed
   * in the profile}
   */
  @Value.Lazy
  default Map<String, Source> sourcesById() {
    Map<String, Source> byId = new HashMap<>();
    for (Source source : sources()) {
      byId.putIfAbsent(source.id(), source); // the first wins, as the scan did
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableProtocol.Builder builder() {
    return ImmutableProtocol.builder();
  }
}
