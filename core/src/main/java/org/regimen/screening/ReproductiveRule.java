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
 * indeterminate pregnancy test. Unknown reproductive facts raise nothing here: the pregnancy status
 * (PREGNANCY) is the question every request is asked, and a request of the old contract plans as
 * before.
 */
final class ReproductiveRule {
  private ReproductiveRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    Optional<Reproductive> recorded = run.patient().reproductive();
    if (recorded.isEmpty() || run.patient().sex().filter(s -> s == Sex.MALE).isPresent()) {
      return;
    }
    Reproductive rep = recorded.get();
    ScreeningRule r = rule.rule();
    for (ReproductiveState state : r.reproductive()) {
      switch (state) {
        case TRYING_TO_CONCEIVE -> {
          if (rep.tryingToConceive().orElse(false)) {
            run.raise(rule, Optional.empty(), Optional.empty());
          }
        }
        case POSTPARTUM -> {
          int days = r.postpartumDays().orElseThrow().value();
          Optional<LocalDate> lastDay = rep.deliveredOn().map(d -> d.plusDays(days - 1L));
          if (lastDay.isPresent() && !lastDay.get().isBefore(run.asOf())) {
            run.raise(rule, Optional.empty(), lastDay);
          }
        }
        case PREGNANCY_TEST_POSITIVE, PREGNANCY_TEST_INDETERMINATE, PREGNANCY_TEST_NEGATIVE -> {
          if (currentTest(rep).filter(t -> state.name().endsWith(t.result().name())).isPresent()) {
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
