package org.regimen.protocol;

import java.util.Optional;

/**
 * Reads a course's optional {@code progress} object:
 *
 * <pre>
 * "progress": {
 *   "longBreak": { "afterDays": &lt;sourced int&gt;, "message": "...", "action": "...", "source", "words" },
 *   "partialResponseSessions": &lt;sourced int within sessionCount&gt;
 * }
 * </pre>
 */
final class ProgressReader {
  private final ReadContext context;

  ProgressReader(ReadContext context) {
    this.context = context;
  }

  ProgressRules read(StrictObject o, Sourced<IntRange> sessionCount) {
    Optional<LongBreakRule> longBreak = Optional.ofNullable(o.object("longBreak", false, this::longBreak));
    Optional<Sourced<Integer>> partial =
        Optional.ofNullable(
            context.sourced(o, "partialResponseSessions", false, v -> v.integer("value", 1)));
    if (partial.isPresent() && sessionCount != null
        && !sessionCount.value().contains(partial.get().value())) {
      IntRange range = sessionCount.value();
      o.problem(
          "partialResponseSessions.value",
          "must lie within sessionCount (" + range.min() + " to " + range.max() + ")");
    }
    if (!o.done()) {
      return null;
    }
    return ProgressRules.builder().longBreak(longBreak).partialResponseSessions(partial).build();
  }

  private LongBreakRule longBreak(StrictObject o) {
    Sourced<Integer> afterDays = context.sourced(o, "afterDays", true, v -> v.integer("value", 1));
    String message = o.text("message");
    String action = o.text("action");
    Basis basis = context.basis(o);
    if (!o.done()) {
      return null;
    }
    return LongBreakRule.builder()
        .afterDays(afterDays)
        .message(message)
        .action(action)
        .basis(basis)
        .build();
  }
}
