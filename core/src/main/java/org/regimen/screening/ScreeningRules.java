package org.regimen.screening;

import java.util.List;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.RuleSet;

/**
 * The rules one protocol applies, worked out once: the baseline as the protocol overrides it, then
 * the protocol's own rules, each with the label of its source. Immutable; build it when a module
 * loads and screen every request with it.
 */
public final class ScreeningRules {
  private final List<DeclaredRule> rules;

  private ScreeningRules(List<DeclaredRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static ScreeningRules of(RuleSet baseline, Protocol protocol) {
    return new ScreeningRules(EffectiveRules.of(baseline, protocol));
  }

  List<DeclaredRule> rules() {
    return rules;
  }
}
