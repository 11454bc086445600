package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.ResultPhase;

/**
 * When a phase of the result shows: {@code span} days after the anchor session, for the requests
 * {@link #when()} matches.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ResultSpec {
  /** {@return the phase of the result the window is for} */
  ResultPhase phase();

  /**
   * {@return what the window counts from: FIRST_SESSION, LAST_SESSION, or SESSIONS with {@link
   * #sessions()}}
   */
  Anchor anchor();

  /**
   * {@return days after the anchor: the window runs from {@code min} days after it to {@code max}
   * days after it. With SESSIONS, added to the dates of the first and last session numbers}
   */
  Span span();

  /**
   * {@return with SESSIONS: the window opens on session {@code min} and closes on session {@code
   * max}}
   */
  Optional<IntRange> sessions();

  /** {@return the source and its words} */
  Basis basis();

  /** {@return a note on the window for the practitioner} */
  Optional<String> note();

  /**
   * {@return only for requests that match, e.g. a window that holds for recent marks only; absent:
   * every request. A criterion the request does not know does not match, so no window is promised
   * on an unknown}
   */
  Optional<Match> when();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableResultSpec.Builder builder() {
    return ImmutableResultSpec.builder();
  }
}
