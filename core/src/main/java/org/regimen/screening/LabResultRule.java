package org.regimen.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;

/**
 * LAB_RESULT: a result on file that the rule names (e.g. a positive infection marker) raises the
 * finding, whether or not the protocol requires the test. Only the latest result of a test is read,
 * as for required tests; a test with no result on file says nothing.
 */
final class LabResultRule {
  private LabResultRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    ScreeningRule r = rule.rule();
    List<LabResult> results = run.patient().labResults();
    if (results.isEmpty()) {
      return;
    }
    for (LabTest test : r.tests()) {
      if (latestMatches(results, test, r)) {
        run.raise(rule, Optional.empty(), Optional.empty());
        return; // one finding per rule, however many tests match
      }
    }
  }

  /** True when a result of {@code test} on its latest date has an outcome the rule names. */
  private static boolean latestMatches(List<LabResult> results, LabTest test, ScreeningRule r) {
    LocalDate latest = null;
    boolean matches = false;
    for (LabResult result : results) {
      if (result.test() != test) {
        continue;
      }
      int order = latest == null ? 1 : result.date().compareTo(latest);
      if (order > 0) {
        latest = result.date();
        matches = false;
      }
      if (order >= 0 && result.result().filter(r.outcomes()::contains).isPresent()) {
        matches = true;
      }
    }
    return matches;
  }
}
