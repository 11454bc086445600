package org.regimen.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.protocol.Basis;
import org.regimen.protocol.BaselineOverride;
import org.regimen.protocol.ImmutableScreeningRule;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.RuleSet;
import org.regimen.protocol.ScreeningRule;

/**
 * The rules one protocol applies: the baseline (each changed or dropped by the protocol's override
 * of the same code), then the protocol's own rules.
 */
final class EffectiveRules {
  private EffectiveRules() {}

  static List<DeclaredRule> of(RuleSet baseline, Protocol protocol) {
    List<DeclaredRule> rules = new ArrayList<>();
    for (ScreeningRule rule : baseline.rules()) {
      Optional<BaselineOverride> override =
          protocol.baselineOverrides().stream().filter(o -> o.code().equals(rule.code())).findFirst();
      if (override.isEmpty()) {
        rules.add(new DeclaredRule(rule, rule.basis().label(baseline::source)));
      } else if (override.get().severity().isPresent()) {
        // The protocol's cited reason is what now decides the severity: the finding names it.
        BaselineOverride o = override.get();
        ScreeningRule changed =
            ImmutableScreeningRule.copyOf(rule)
                .withSeverity(o.severity().get())
                .withBasis(o.basis())
                .withMessage(o.message().orElse(rule.message()))
                .withAction(o.action().orElse(rule.action()));
        rules.add(new DeclaredRule(changed, override.get().basis().label(protocol::source)));
      }
      // An override without a severity drops the rule (the loader checks it cites a reason).
    }
    for (ScreeningRule rule : protocol.screening()) {
      rules.add(new DeclaredRule(rule, rule.basis().label(protocol::source)));
    }
    return rules;
  }
}
