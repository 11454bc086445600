package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.FindingSeverity;

/**
 * A protocol's change to one baseline rule, by code: a new severity, or none to drop the rule.
 * Needs a cited basis (a publication or document, never a Regimen default) when it weakens the
 * rule. A new severity may come with its own message and action, so that the finding's texts match
 * it (a rule raised to ABSOLUTE must not keep a text that asks for clearance).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface BaselineOverride {
  /** {@return the code of the baseline rule changed} */
  String code();

  /** {@return the rule's new severity; empty drops the rule} */
  Optional<FindingSeverity> severity();

  /** {@return the evidence for the change; a cited source when it weakens the rule} */
  Basis basis();

  /** {@return the finding's message under this override; the baseline rule's when empty} */
  Optional<String> message();

  /** {@return what to do under this override; the baseline rule's when empty} */
  Optional<String> action();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableBaselineOverride.Builder builder() {
    return ImmutableBaselineOverride.builder();
  }
}
