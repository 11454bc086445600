package org.regimen.screening;

import java.time.LocalDate;
import java.util.Comparator;
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
    for (LabTest test : r.tests()) {
      Optional<LocalDate> latest =
          run.patient().labResults().stream()
              .filter(l -> l.test() == test)
              .map(LabResult::date)
              .max(Comparator.naturalOrder());
      boolean matches =
          latest.isPresent()
              && run.patient().labResults().stream()
                  .anyMatch(
                      l ->
                          l.test() == test
                              && l.date().equals(latest.get())
                              && r.outcomes().contains(l.result()));
      if (matches) {
        run.raise(rule, Optional.empty(), Optional.empty());
        return; // one finding per rule, however many tests match
      }
    }
  }
}
