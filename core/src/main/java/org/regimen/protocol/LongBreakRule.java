package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A course's rule for a break longer than {@code afterDays} between two of its sessions (or from
 * the last one to the next): the sessions before the break still count, and the plan raises a
 * finding asking the practitioner to reassess before the course goes on (the marks or the skin may
 * have changed, and with them the course that fits). {@code message} and {@code action} are the
 * finding's texts; the basis is the rule's source.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface LongBreakRule {
  /**
   * {@return the longest break, in days from one session to the next, that needs no reassessment}
   */
  Sourced<Integer> afterDays();

  /** {@return the finding's message, for the practitioner} */
  String message();

  /** {@return what the practitioner should do: reassess before the next session} */
  String action();

  /** {@return the rule's source and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableLongBreakRule.Builder builder() {
    return ImmutableLongBreakRule.builder();
  }
}
