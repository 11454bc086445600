package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * What a course in progress may change, from the protocol's sources: the long-break rule, and how
 * many sessions a partial response may extend the course to. Absent parts change nothing.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ProgressRules {
  /** No rules for a course in progress. */
  ProgressRules NONE = builder().build();

  /** {@return the rule for a long break between sessions; absent: no break needs reassessment} */
  Optional<LongBreakRule> longBreak();

  /**
   * {@return the session count a partial response extends the course to (within the course's
   * range)}
   */
  Optional<Sourced<Integer>> partialResponseSessions();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableProgressRules.Builder builder() {
    return ImmutableProgressRules.builder();
  }
}
