package org.regimen.request;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * What was already done: the past sessions (any treatment, any order) and the response to them so
 * far. A plan evaluates each session against its protocol and plans only what remains.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface History {
  /** {@return the sessions already given, of any treatment, in any order; at most 500} */
  @Value.Redacted
  List<PastSession> sessions();

  /**
   * {@return the practitioner's judgement of the response after the sessions so far; absent when
   * not judged}
   */
  @Value.Redacted
  Optional<CourseResponse> response();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableHistory.Builder builder() {
    return ImmutableHistory.builder();
  }
}
