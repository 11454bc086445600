package org.regimen.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.Sourced;
import org.regimen.request.BodyArea;
import org.regimen.request.Procedure;

/**
 * PROCEDURE: a procedure the rule names (a filler, a laser, surgery) in a requested area, recent
 * enough that its wait is not over on asOf. The area is left out of the plan with a finding that ends
 * on the wait's last day (the day of the procedure plus {@code waitAfterDays}); a rule without a wait
 * (a tattoo) counts whenever the procedure was and has no end.
 *
 * <p>Procedures not recorded raise nothing here, as reproductive facts do: a request of the old
 * contract plans as before, and the practitioner's inspection of each area (UNCONFIRMED_AREA_FINDINGS)
 * is still asked for where the skin has not been inspected.
 */
final class ProcedureRule {
  private ProcedureRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    Optional<List<Procedure>> recorded = run.patient().procedures();
    if (recorded.isEmpty() || recorded.get().isEmpty()) {
      return;
    }
    ScreeningRule r = rule.rule();
    Optional<Integer> wait = r.waitAfterDays().map(Sourced::value);
    List<Procedure> counting =
        recorded.get().stream()
            .filter(p -> r.procedures().contains(p.kind()))
            .filter(p -> wait.isEmpty() || !lastDay(p, wait.get()).isBefore(run.asOf()))
            .toList();
    if (counting.isEmpty()) {
      return;
    }
    if (r.wholePatient()) {
      run.raise(rule, Optional.empty(), until(counting, wait));
      return;
    }
    boolean raisedForPlan = false;
    for (BodyArea area : run.request().areas()) {
      List<Procedure> here = counting.stream().filter(p -> p.area() == area).toList();
      if (here.isEmpty()) {
        continue;
      }
      if (!r.keepsArea()) {
        run.raise(rule, Optional.of(area), until(here, wait));
      } else if (!raisedForPlan) {
        run.raise(rule, Optional.empty(), Optional.empty());
        raisedForPlan = true;
      }
    }
  }

  /** The last day a procedure counts: its day plus the wait. */
  private static LocalDate lastDay(Procedure p, int wait) {
    return p.date().plusDays(wait);
  }

  /** The latest last day of the procedures, or none when the rule has no wait. */
  private static Optional<LocalDate> until(List<Procedure> procedures, Optional<Integer> wait) {
    if (wait.isEmpty()) {
      return Optional.empty();
    }
    return procedures.stream().map(p -> lastDay(p, wait.get())).max(LocalDate::compareTo);
  }
}
