package org.regimen.plan;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One past session as the plan judged it: counted or not, and why, in plain words.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface EvaluatedSession {
  /** {@return the day the past session was given} */
  LocalDate date();

  /** {@return the module id of the treatment given} */
  String treatment();

  /** {@return whether the session counts towards this course's sessions} */
  boolean counted();

  /**
   * {@return how the session was judged: counted, too soon, after a long break, or not in this
   * course}
   */
  PastSessionStatus status();

  /**
   * {@return why it counts or not, for the practitioner and the patient; free of patient values
   * other than the course's own}
   */
  String text();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableEvaluatedSession.Builder builder() {
    return ImmutableEvaluatedSession.builder();
  }
}
