package org.regimen.screening;

import java.time.LocalDate;
import java.util.Optional;
import org.regimen.protocol.ReproductiveState;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;

/**
 * REPRODUCTIVE: trying to conceive, the post-partum period after {@code deliveredOn}, a positive or
 * indeterminate pregnancy test.
 *
 * <p>Unknown is never "no" (design.md, "Screening"): where a rule needs a fact the request does not
 * record, it asks to confirm it before session 1 ({@link UnconfirmedAttribute#REPRODUCTIVE}), as
 * strong as {@link UnknownGate} allows (the baseline's TRYING_TO_CONCEIVE and POSTPARTUM rules are
 * TEMPORARY, so the unknown is a gate: {@code RELATIVE}, sessions tentative). What counts as unknown:
 *
 * <ul>
 *   <li>TRYING_TO_CONCEIVE needs {@code tryingToConceive}: unknown when {@code reproductive} or the
 *       key in it is absent. A yes/no fact has a "no" to send ({@code false}), so its absence is
 *       "not known", as for any key.
 *   <li>POSTPARTUM needs to know whether there was a recent delivery: unknown when {@code
 *       reproductive} is absent. Inside a recorded {@code reproductive}, an absent {@code
 *       deliveredOn} means no delivery to record. contract.md ("Additions") defines {@code
 *       deliveredOn} as a day and gives it no value for "none"; a day cannot say "known: none" the way
 *       an empty list does, so the reproductive section being recorded is what says the question was
 *       asked, and a delivery, when there was one, is recorded with its day. Read the other way, no
 *       request could ever confirm that a woman has not given birth.
 *   <li>The pregnancy tests need no unknown: no test on file is not an unknown fact but no test, and
 *       whether the patient is pregnant is the PREGNANCY rule's question, asked of every request.
 * </ul>
 *
 * <p>A patient recorded as male is never asked, as PatientRules.pregnancy does (the request
 * validator refuses a man's delivery or pregnancy test); a patient of unknown sex is asked. Age is not
 * used, as it is not for the pregnancy status: no age makes a pregnancy or a recent birth impossible
 * with the certainty a gate's absence needs, and the clinic confirms in one question.
 */
final class ReproductiveRule {
  private ReproductiveRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    if (run.patient().sex().filter(s -> s == Sex.MALE).isPresent()) {
      return;
    }
    Optional<Reproductive> recorded = run.patient().reproductive();
    ScreeningRule r = rule.rule();
    for (ReproductiveState state : r.reproductive()) {
      switch (state) {
        case TRYING_TO_CONCEIVE -> {
          Optional<Boolean> trying = recorded.flatMap(Reproductive::tryingToConceive);
          if (trying.isEmpty()) {
            run.unconfirmed(UnconfirmedAttribute.REPRODUCTIVE, rule);
          } else if (trying.get()) {
            run.raise(rule, Optional.empty(), Optional.empty());
          }
        }
        case POSTPARTUM -> {
          if (recorded.isEmpty()) {
            run.unconfirmed(UnconfirmedAttribute.REPRODUCTIVE, rule);
            continue;
          }
          int days = r.postpartumDays().orElseThrow().value();
          Optional<LocalDate> lastDay = recorded.get().deliveredOn().map(d -> d.plusDays(days - 1L));
          if (lastDay.isPresent() && !lastDay.get().isBefore(run.asOf())) {
            run.raise(rule, Optional.empty(), lastDay);
          }
        }
        case PREGNANCY_TEST_POSITIVE, PREGNANCY_TEST_INDETERMINATE, PREGNANCY_TEST_NEGATIVE -> {
          if (recorded.flatMap(ReproductiveRule::currentTest)
              .filter(t -> state.name().endsWith(t.result().name()))
              .isPresent()) {
            run.raise(rule, Optional.empty(), Optional.empty());
          }
        }
      }
    }
  }

  /** The test, unless a delivery on or after its day has made it history. */
  private static Optional<PregnancyTest> currentTest(Reproductive rep) {
    return rep.pregnancyTest()
        .filter(t -> rep.deliveredOn().filter(d -> !d.isBefore(t.date())).isEmpty());
  }
}
