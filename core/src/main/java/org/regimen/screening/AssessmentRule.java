package org.regimen.screening;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.regimen.protocol.Match;

/**
 * ASSESSMENT: the request matches the rule's {@code when}. When the match turns on values the request
 * does not know, a precaution asks to confirm each of them.
 */
final class AssessmentRule {
  private AssessmentRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run, int plannedAreas) {
    Match when = rule.rule().when().orElse(Match.ANY);
    Set<UnconfirmedAttribute> unknown = EnumSet.noneOf(UnconfirmedAttribute.class);
    switch (MatchEvaluator.evaluate(when, run.request(), plannedAreas, unknown)) {
      case MATCH -> run.raise(rule, Optional.empty(), Optional.empty());
      case UNKNOWN -> unknown.forEach(attribute -> run.unconfirmed(attribute, rule));
      case NO_MATCH -> {
        // Known not to apply.
      }
    }
  }
}
