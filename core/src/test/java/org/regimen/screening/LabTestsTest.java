package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.protocol;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screen;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.RequiredTestReason;
import org.regimen.protocol.Basis;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.Sourced;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;

/**
 * 004, line 114: "Pass all kinds of laboratory tests. Blood donation for general and biochemical
 * tests, determination of HIV infection, Wasserman reaction, hepatitis."
 */
class LabTestsTest {
  /** 004's five tests (it names no hepatitis type). */
  static final LabTest[] FIVE = {
    LabTest.HIV, LabTest.HEPATITIS, LabTest.SYPHILIS, LabTest.BLOOD_COUNT, LabTest.BLOOD_BIOCHEMISTRY
  };

  static final ScreeningRule LABS =
      Fixtures.rule(RuleKind.LAB_TESTS, "LAB_TESTS", FindingSeverity.TEMPORARY)
          .addTests(FIVE)
          .maxResultAgeDays(Sourced.of(90, Basis.of(Basis.REGIMEN_DEFAULT, "recent results")))
          .turnaroundDays(Sourced.of(7, Basis.of(Basis.REGIMEN_DEFAULT, "lab turnaround")))
          .build();

  private static List<LabResult> allClear() {
    return List.of(
        LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.minusDays(10)),
        LabResult.of(LabTest.HEPATITIS, LabOutcome.NEGATIVE, AS_OF.minusDays(10)),
        LabResult.of(LabTest.SYPHILIS, LabOutcome.NEGATIVE, AS_OF.minusDays(10)),
        LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.NORMAL, AS_OF.minusDays(10)),
        LabResult.of(LabTest.BLOOD_BIOCHEMISTRY, LabOutcome.NORMAL, AS_OF.minusDays(90)));
  }

  private static ScreeningResult screenLabs(List<LabResult> results) {
    return screen(request(knownHealthy().labResults(results).build()), protocol(LABS));
  }

  @Test
  void allRecentAndClear_eligible() {
    ScreeningResult result = screenLabs(allClear());
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(result.eligibility().requiredTests()).isEmpty();
  }

  @Test
  void missingTests_areOrderedWhenThePatientCanFirstCome_soResultsCountFromThatDay() {
    LocalDate firstDay = AS_OF.plusDays(20);
    ScreeningResult result =
        screen(
            org.regimen.request.ImmutableTreatmentRequest.copyOf(
                    request(knownHealthy().labResults(allClear().subList(0, 3)).build()))
                .withEarliestStart(firstDay),
            protocol(LABS));
    assertThat(finding(result, "MISSING_LAB_TEST").until()).contains(firstDay.plusDays(7));
    assertThat(result.eligibility().earliestStart()).contains(firstDay.plusDays(8));
  }

  @Test
  void missingTests_deferUntilResultsComeBack() {
    ScreeningResult result = screenLabs(allClear().subList(0, 3));
    assertThat(result.eligibility().requiredTests()).containsExactly(
        RequiredTest.of(LabTest.BLOOD_COUNT, RequiredTestReason.MISSING),
        RequiredTest.of(LabTest.BLOOD_BIOCHEMISTRY, RequiredTestReason.MISSING));
    assertThat(finding(result, "MISSING_LAB_TEST").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(finding(result, "MISSING_LAB_TEST").until()).contains(AS_OF.plusDays(7));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.eligibility().earliestStart()).contains(AS_OF.plusDays(8));
    assertThat(codes(result)).containsExactly("MISSING_LAB_TEST");
  }

  @Test
  void noResultsAtAll_everyTestMissing() {
    ScreeningResult result = screenLabs(List.of());
    assertThat(result.eligibility().requiredTests()).hasSize(FIVE.length)
        .allMatch(t -> t.reason() == RequiredTestReason.MISSING);
  }

  @Test
  void outdatedTest() {
    List<LabResult> results = new java.util.ArrayList<>(allClear());
    results.set(0, LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.minusDays(91)));
    ScreeningResult result = screenLabs(results);
    assertThat(result.eligibility().requiredTests()).containsExactly(RequiredTest.of(LabTest.HIV, RequiredTestReason.OUTDATED));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
  }

  @Test
  void latestResultOfATestIsTheOneRead() {
    List<LabResult> results = new java.util.ArrayList<>(allClear());
    results.add(LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.minusDays(400)));
    assertThat(screenLabs(results).eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
  }

  @Test
  void positiveInfectiousResult_ineligible() {
    for (LabTest test : List.of(LabTest.HIV, LabTest.HEPATITIS, LabTest.SYPHILIS)) {
      List<LabResult> results = new java.util.ArrayList<>(allClear());
      results.add(LabResult.of(test, LabOutcome.POSITIVE, AS_OF.minusDays(1)));
      ScreeningResult result = screenLabs(results);
      assertThat(finding(result, "POSITIVE_LAB_RESULT").severity()).isEqualTo(FindingSeverity.ABSOLUTE);
      assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
      assertThat(result.sessionsAllowed()).isFalse();
      assertThat(Fixtures.texts(result)).noneMatch(t -> t.contains(test.name()));
    }
  }

  @Test
  void abnormalBloodPanel_needsClearance() {
    List<LabResult> results = new java.util.ArrayList<>(allClear());
    results.add(LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.ABNORMAL, AS_OF.minusDays(1)));
    ScreeningResult result = screenLabs(results);
    assertThat(finding(result, "ABNORMAL_LAB_RESULT").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }
}
