package org.regimen.screening;

import java.util.Optional;
import org.regimen.protocol.Match;

/**
 * ASSESSMENT: the request matches the rule's {@code when}. When the match turns on values the request
 * does not know, a precaution asks to confirm each of them.
 */
final class AssessmentRule {
  private AssessmentRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run, int plannedAreas) {
    Match when = rule.rule().when().orElse(Match.ANY);
    switch (MatchEvaluator.evaluate(when, run.request(), plannedAreas)) {
      case MATCH -> run.raise(rule, Optional.empty(), Optional.empty());
      case UNKNOWN ->
          MatchEvaluator.unknownAttributes(when, run.request())
              .forEach(attribute -> run.unconfirmed(attribute, rule));
      case NO_MATCH -> {
        // Known not to apply.
      }
    }
  }
}
