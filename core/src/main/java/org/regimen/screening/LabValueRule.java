package org.regimen.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.Sourced;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;

/**
 * LAB_VALUE: the latest measured value on file of a test the rule names is below its {@code below}
 * threshold, or at least its {@code atLeast} threshold (e.g. a platelet count below 150 x 10^9/L).
 * Only the latest day is read, as for outcomes; a test with no value on file says nothing, and on
 * one day with several values the one furthest past the threshold counts.
 */
final class LabValueRule {
  private LabValueRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    List<LabResult> results = run.patient().labResults();
    if (results.isEmpty()) {
      return;
    }
    ScreeningRule r = rule.rule();
    for (LabTest test : r.tests()) {
      if (latestCrosses(results, test, r)) {
        run.raise(rule, Optional.empty(), Optional.empty());
        return; // one finding per rule, however many tests cross
      }
    }
  }

  private static boolean latestCrosses(List<LabResult> results, LabTest test, ScreeningRule r) {
    LocalDate latest = null;
    boolean crosses = false;
    for (LabResult result : results) {
      if (result.test() != test || result.value().isEmpty()) {
        continue;
      }
      int order = latest == null ? 1 : result.date().compareTo(latest);
      if (order > 0) {
        latest = result.date();
        crosses = false;
      }
      if (order >= 0 && crosses(result.value().get(), r)) {
        crosses = true;
      }
    }
    return crosses;
  }

  static boolean crosses(BigDecimal value, ScreeningRule r) {
    Optional<BigDecimal> below = r.below().map(Sourced::value);
    Optional<BigDecimal> atLeast = r.atLeast().map(Sourced::value);
    return below.filter(t -> value.compareTo(t) < 0).isPresent()
        || atLeast.filter(t -> value.compareTo(t) >= 0).isPresent();
  }
}
