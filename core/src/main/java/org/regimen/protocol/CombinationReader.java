package org.regimen.protocol;

import java.util.List;
import java.util.Optional;
import org.regimen.request.Indication;

/**
 * Reads the protocol-level keys that concern other therapies: the reference {@code alternatives} a
 * source compares with, {@code sameDayWithOthers} and {@code sequencing} for combined plans.
 */
final class CombinationReader {
  private CombinationReader() {}

  /** {@code {"name", "summary", "indications": [...], "source", "words"}}. */
  static AlternativeSpec alternative(StrictObject o, ReadContext context) {
    String name = o.text("name");
    String summary = o.text("summary");
    List<Indication> indications = o.enumList("indications", Indication.class, true);
    Basis basis = context.basis(o);
    if (!o.done()) {
      return null;
    }
    return AlternativeSpec.builder()
        .name(name)
        .summary(summary)
        .indications(indications)
        .basis(basis)
        .build();
  }

  /** {@code "sameDayWithOthers": {"value": true, "source", "words"}}; absent means not allowed. */
  static Optional<Sourced<Boolean>> sameDayWithOthers(StrictObject root, ReadContext context) {
    return Optional.ofNullable(
        context.sourced(
            root,
            "sameDayWithOthers",
            false,
            v -> {
              Optional<Boolean> value = v.optionalBoolean("value");
              if (value.isEmpty() && !v.has("value")) {
                v.problem("value", "is required");
              }
              return value.orElse(null);
            }));
  }

  /** {@code "sequencing": {"after": ["mesotherapy"], "source", "words"}}. */
  static Optional<SequencingSpec> sequencing(StrictObject root, ReadContext context, String ownId) {
    return Optional.ofNullable(
        root.object(
            "sequencing",
            false,
            o -> {
              List<String> after = o.textList("after", true);
              for (int i = 0; i < after.size(); i++) {
                String id = after.get(i);
                if (!id.matches(CourseReader.COURSE_ID)) {
                  o.problem("after[" + i + "]", "must be a module id: lower case letters, digits and '-'");
                } else if (id.equals(ownId)) {
                  o.problem("after[" + i + "]", "must not name the protocol itself");
                }
              }
              Basis basis = context.basis(o);
              return o.done() ? SequencingSpec.builder().after(after).basis(basis).build() : null;
            }));
  }
}
