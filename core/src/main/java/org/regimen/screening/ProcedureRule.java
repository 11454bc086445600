package org.regimen.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.Sourced;
import org.regimen.request.BodyArea;
import org.regimen.request.Procedure;

/**
 * PROCEDURE: a procedure the rule names (a filler, a laser, surgery) in a requested area.
 *
 * <ul>
 *   <li>With {@code waitAfterDays}: a procedure whose wait is not over on asOf defers the plan: one
 *       finding that ends on the wait's last day (the day of the procedure plus the wait), so session 1
 *       falls after it and the area is treated then, with the others. A wait of weeks is short next to
 *       a course, and leaving the area out for good would lose it for nothing.
 *   <li>Without a wait (a tattoo): the area is left out whenever the procedure was.
 *   <li>{@code keepsArea}: one finding for the plan, the area stays (a precaution); {@code
 *       wholePatient}: the procedure counts in any area, requested or not.
 * </ul>
 *
 * <p>Procedures not recorded ({@code patient.procedures} absent) are not "none" (design.md, "Unknown
 * is never 'no'"): the rule asks to confirm them before session 1 ({@link
 * UnconfirmedAttribute#PROCEDURES}), as strong as {@link UnknownGate} allows: a gate ({@code
 * RELATIVE}, sessions tentative) for a rule that defers the plan or needs clearance, a precaution for
 * one that only leaves an area out. An empty list is "known: none" and raises nothing. A request of
 * the old contract, which could not record procedures, therefore needs clearance until they are
 * asked.
 */
final class ProcedureRule {
  private ProcedureRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    Optional<List<Procedure>> recorded = run.patient().procedures();
    if (recorded.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.PROCEDURES, rule);
      return;
    }
    if (recorded.get().isEmpty()) {
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
    List<Procedure> inRequestedAreas =
        counting.stream().filter(p -> run.request().areas().contains(p.area())).toList();
    if (inRequestedAreas.isEmpty()) {
      return;
    }
    if (r.keepsArea() || wait.isPresent()) {
      run.raise(rule, Optional.empty(), r.keepsArea() ? Optional.empty() : until(inRequestedAreas, wait));
      return;
    }
    for (BodyArea area : run.request().areas()) {
      if (inRequestedAreas.stream().anyMatch(p -> p.area() == area)) {
        run.raise(rule, Optional.of(area), Optional.empty());
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
