package org.regimen.screening;

import java.util.Optional;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.Sex;

/**
 * MENSTRUATION: sessions avoid predicted period days. Without cycle data, for any patient not
 * recorded as male (female, other or unknown sex), a precaution asks the clinic to confirm on the
 * day of each session; an irregular cycle asks the same, without predictions; a cycle recorded as
 * NONE asks nothing.
 */
final class MenstruationRule {
  static final String IRREGULAR_CYCLE = "IRREGULAR_CYCLE";
  static final String IRREGULAR_MESSAGE =
      "The patient's cycle is irregular, so period days cannot be predicted.";
  static final String IRREGULAR_ACTION =
      "Confirm on the day of each session that the patient is not menstruating.";

  private MenstruationRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    run.avoidMenstruation(
        rule.rule().confirmWithinDays().orElse(ScreeningResult.DEFAULT_CONFIRM_WITHIN_DAYS));
    boolean male = run.patient().sex().filter(s -> s == Sex.MALE).isPresent();
    if (male) {
      return; // never asked: the request validator rejects a man's cycle
    }
    Optional<MenstrualCycle> cycle = run.patient().menstruation();
    if (cycle.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.MENSTRUAL_CYCLE, rule);
      return;
    }
    switch (cycle.get().pattern()) {
      case NONE -> {
        // menopause, hysterectomy, continuous contraception: nothing to predict or confirm
      }
      case IRREGULAR ->
          run.raise(
              rule,
              IRREGULAR_CYCLE,
              FindingSeverity.PRECAUTION,
              IRREGULAR_MESSAGE,
              IRREGULAR_ACTION,
              Optional.empty(),
              Optional.empty());
      case REGULAR -> {
        // periods are predicted (EligibilityDecision) and sessions avoid them
      }
    }
  }
}
