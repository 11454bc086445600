package org.regimen.screening;

import org.regimen.request.Sex;

/**
 * MENSTRUATION: sessions avoid predicted period days. Without cycle data, for any patient not
 * recorded as male (female, other or unknown sex), a precaution asks the clinic to confirm on the
 * day of each session.
 */
final class MenstruationRule {
  private MenstruationRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    run.avoidMenstruation(
        rule.rule().confirmWithinDays().orElse(ScreeningResult.DEFAULT_CONFIRM_WITHIN_DAYS));
    boolean male = run.patient().sex().filter(s -> s == Sex.MALE).isPresent();
    if (run.patient().menstruation().isEmpty() && !male) {
      run.unconfirmed(UnconfirmedAttribute.MENSTRUAL_CYCLE, rule);
    }
  }
}
