package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.plan.FindingSeverity;

/**
 * A protocol's change to one baseline rule, by code: a new severity, or none to drop the rule. Needs
 * a cited basis (a publication or document, never a Regimen default) when it weakens the rule.
 */
@Value.Immutable
@RegimenStyle
public interface BaselineOverride {
  String code();

  Optional<FindingSeverity> severity();

  Basis basis();

  static ImmutableBaselineOverride.Builder builder() {
    return ImmutableBaselineOverride.builder();
  }
}
