package org.regimen.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a {@code notRelevant} entry: {@code {"facts": ["condition:VARICOSE_VEINS", ...], "source":
 * ..., "words": ...}}. A fact is {@code kind:VALUE}; a bare kind ({@code "condition"}) declares every
 * fact of that kind no rule judges.
 */
final class NotRelevantReader {
  private NotRelevantReader() {}

  static NotRelevant read(StrictObject o, ReadContext context) {
    List<String> keys = o.textList("facts", true);
    Basis basis = context.basis(o);
    List<Fact> facts = new ArrayList<>();
    List<FactKind> kinds = new ArrayList<>();
    for (String key : keys) {
      Optional<FactKind> kind = FactKind.byKey(key);
      Optional<Fact> fact = Fact.parse(key);
      if (kind.isPresent()) {
        kinds.add(kind.get());
      } else if (fact.isPresent()) {
        facts.add(fact.get());
      } else {
        o.problem("facts", "'" + key + "' is not a fact: " + FORMS);
      }
    }
    if (!o.done()) {
      return null;
    }
    return NotRelevant.builder().facts(facts).kinds(kinds).basis(basis).build();
  }

  private static final String FORMS =
      "write kind:VALUE (e.g. condition:CANCER, labResult:HIV:NEGATIVE, lifestyle:smoker) or a"
          + " bare kind; kinds: "
          + Stream.of(FactKind.values()).map(FactKind::key).collect(Collectors.joining(", "));
}
