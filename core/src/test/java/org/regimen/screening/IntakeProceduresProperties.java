package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.BodyArea;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Procedure;
import org.regimen.request.ProcedureKind;

/**
 * Issue 12, properties of the procedure waits and the measured values over the baseline:
 * a procedure in a requested area is never forgotten while its wait lasts (session 1 falls after it
 * or the area is left out), a second procedure never brings session 1 earlier, and a measured value
 * further past a threshold is never judged more mildly.
 */
class IntakeProceduresProperties {

  @Test
  void sessionOneNeverFallsInsideAProceduresWaitInARequestedArea() {
    qt().forAll(
            Generate.enumValues(ProcedureKind.class),
            Generate.enumValues(BodyArea.class),
            Generate.range(0, 120))
        .checkAssert((kind, area, daysAgo) -> {
          LocalDate day = AS_OF.minusDays(daysAgo);
          ScreeningResult result = screenWithBaseline(request(
              knownHealthy().procedures(List.of(Procedure.of(kind, area, day))).build(), area));
          for (Finding f : result.eligibility().findings()) {
            f.until().ifPresent(until -> assertThat(result.eligibility().earliestStart())
                .as("%s %d days ago", kind, daysAgo)
                .hasValueSatisfying(start -> assertThat(start).isAfter(until)));
          }
          if (!result.eligibility().findings().isEmpty()) {
            boolean deferredOrOut =
                result.remainingAreas().isEmpty()
                    || result.eligibility().earliestStart().filter(s -> s.isAfter(AS_OF)).isPresent();
            assertThat(deferredOrOut).as("%s %d days ago in %s", kind, daysAgo, area).isTrue();
          }
        });
  }

  @Test
  void aSecondProcedureNeverBringsSessionOneEarlier() {
    qt().forAll(
            Generate.enumValues(ProcedureKind.class),
            Generate.enumValues(ProcedureKind.class),
            Generate.range(0, 100),
            Generate.range(0, 100))
        .checkAssert((first, second, a, b) -> {
          Procedure one = Procedure.of(first, BodyArea.ABDOMEN, AS_OF.minusDays(a));
          Procedure two = Procedure.of(second, BodyArea.ABDOMEN, AS_OF.minusDays(b));
          ScreeningResult alone = screenWithBaseline(request(knownHealthy().procedures(List.of(one)).build()));
          ScreeningResult both = screenWithBaseline(request(knownHealthy().procedures(List.of(one, two)).build()));
          assertThat(both.eligibility().status()).isGreaterThanOrEqualTo(alone.eligibility().status());
          alone.eligibility().earliestStart().ifPresent(start -> {
            if (both.sessionsAllowed()) {
              assertThat(both.eligibility().earliestStart().orElseThrow()).isAfterOrEqualTo(start);
            }
          });
        });
  }

  @Test
  void aValueFurtherPastItsThresholdIsNeverJudgedMoreMildly() {
    qt().forAll(Generate.range(0, 600), Generate.range(0, 600))
        .checkAssert((x, y) -> {
          int lower = Math.min(x, y);
          int higher = Math.max(x, y);
          // platelets and haemoglobin: lower is worse; HbA1c: higher is worse
          assertThat(status(LabTest.PLATELET_COUNT, BigDecimal.valueOf(lower)))
              .isGreaterThanOrEqualTo(status(LabTest.PLATELET_COUNT, BigDecimal.valueOf(higher)));
          assertThat(status(LabTest.HAEMOGLOBIN, BigDecimal.valueOf(lower, 1)))
              .isGreaterThanOrEqualTo(status(LabTest.HAEMOGLOBIN, BigDecimal.valueOf(higher, 1)));
          assertThat(status(LabTest.HBA1C, BigDecimal.valueOf(higher / 3, 1)))
              .isGreaterThanOrEqualTo(status(LabTest.HBA1C, BigDecimal.valueOf(lower / 3, 1)));
        });
  }

  private static EligibilityStatus status(LabTest test, BigDecimal value) {
    return screenWithBaseline(request(knownHealthy()
        .labResults(List.of(LabResult.measured(test, value, AS_OF.minusDays(1)))).build()))
        .eligibility().status();
  }

  /** The baseline verdicts on a value past each threshold: a physician clears it. */
  @Test
  void everyMeasuredTestHasAThresholdInTheBaseline() {
    for (LabTest test : LabTest.values()) {
      if (!test.isMeasured()) {
        continue;
      }
      BigDecimal worst = test == LabTest.HBA1C ? new BigDecimal("20") : BigDecimal.ONE;
      assertThat(screenWithBaseline(request(knownHealthy()
              .labResults(List.of(LabResult.measured(test, worst, AS_OF.minusDays(1)))).build()))
              .eligibility().findings())
          .as("%s", test)
          .anySatisfy(f -> assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE));
    }
  }
}
