package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One row of a course's table of session counts: the first row whose {@code when} matches the
 * request gives the number of sessions (and may give its own interval).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface SessionRule {
  /** {@return the requests this row is for} */
  Match when();

  /** {@return the number of sessions for those requests} */
  int sessions();

  /** {@return an interval for this row only, e.g. weekly for recent marks} */
  Optional<Interval> interval();

  /** {@return the row's source and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSessionRule.Builder builder() {
    return ImmutableSessionRule.builder();
  }
}
