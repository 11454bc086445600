package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;

/** Issue 12: sunburn, a tan, acne, rosacea, a cold sore and measured blood values in the baseline. */
class IntakeSkinAndLabValuesScreeningTest {

  private static ScreeningResult withFinding(BodyArea where, AreaCondition finding, BodyArea... treated) {
    return screenWithBaseline(
        request(knownHealthy().areaFindings(List.of(AreaFinding.of(where, finding))).build(), treated));
  }

  private static ScreeningResult withValue(LabTest test, String value, int daysAgo) {
    return screenWithBaseline(request(knownHealthy()
        .labResults(List.of(LabResult.measured(test, new BigDecimal(value), AS_OF.minusDays(daysAgo)))).build()));
  }

  @Test
  void sunburnAndActiveAcneLeaveTheirAreaOut_otherAreasArePlanned() {
    for (AreaCondition c : List.of(AreaCondition.SUNBURN, AreaCondition.ACTIVE_ACNE)) {
      ScreeningResult result = withFinding(BodyArea.ABDOMEN, c, BodyArea.ABDOMEN, BodyArea.HIPS);
      Finding f = finding(result, c.name());
      assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
      assertThat(f.area()).contains(BodyArea.ABDOMEN);
      assertThat(result.remainingAreas()).containsExactly(BodyArea.HIPS);
    }
  }

  @Test
  void rosaceaLeavesItsAreaOutUntilCleared() {
    Finding f = finding(withFinding(BodyArea.FACE, AreaCondition.ROSACEA, BodyArea.FACE, BodyArea.NECK), "ROSACEA");
    assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(f.area()).contains(BodyArea.FACE);
  }

  /** A tan keeps the area: a precaution about sun protection, for the plan. */
  @Test
  void aRecentTanIsAPrecautionThatKeepsTheArea() {
    ScreeningResult result = withFinding(BodyArea.ABDOMEN, AreaCondition.RECENT_TAN, BodyArea.ABDOMEN);
    Finding f = finding(result, "RECENT_TAN");
    assertThat(f.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(f.area()).isEmpty();
    assertThat(result.remainingAreas()).containsExactly(BodyArea.ABDOMEN);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    // A tan on an area not treated says nothing.
    assertThat(codes(withFinding(BodyArea.BACK, AreaCondition.RECENT_TAN, BodyArea.ABDOMEN))).isEmpty();
  }

  /**
   * NCT03807986 excludes "active infection": a cold sore beside facial work defers the whole plan,
   * wherever the facial area list puts it; away from the face, 000's "active skin infections in the
   * treatment area" do not reach it, so it is a precaution.
   */
  @Test
  void aColdSoreDefersFacialWork_andIsAPrecautionAwayFromTheFace() {
    ScreeningResult facial = withFinding(BodyArea.FACE, AreaCondition.COLD_SORE, BodyArea.NECK);
    Finding f = finding(facial, "COLD_SORE");
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(f.area()).isEmpty(); // the whole patient, not one area
    assertThat(facial.sessionsAllowed()).isFalse();
    ScreeningResult away = withFinding(BodyArea.FACE, AreaCondition.COLD_SORE, BodyArea.ABDOMEN);
    assertThat(codes(away)).containsExactly("COLD_SORE_AWAY_FROM_TREATMENT");
    assertThat(finding(away, "COLD_SORE_AWAY_FROM_TREATMENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
  }

  // Gauer & Braun 2012: "Thrombocytopenia is a platelet count below 150 x 10^9 per L".
  @Test
  void aPlateletCountBelow150NeedsAPhysician_gauer2012() {
    Finding f = finding(withValue(LabTest.PLATELET_COUNT, "149", 3), "LOW_PLATELET_COUNT");
    assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(f.source()).startsWith("Gauer RL");
    assertThat(codes(withValue(LabTest.PLATELET_COUNT, "150", 3))).isEmpty();
  }

  // WHO 2011: anaemia below 12 g/dL in non-pregnant women.
  @Test
  void aHaemoglobinBelow12NeedsAPhysician_who2011() {
    assertThat(finding(withValue(LabTest.HAEMOGLOBIN, "11.9", 3), "LOW_HAEMOGLOBIN").severity())
        .isEqualTo(FindingSeverity.RELATIVE);
    assertThat(codes(withValue(LabTest.HAEMOGLOBIN, "12.0", 3))).isEmpty();
  }

  // ADA 2024: "An HbA1c goal of <7% ... is appropriate for many nonpregnant adults."
  @Test
  void anHbA1cOfSevenOrMoreNeedsAPhysician_ada2024() {
    assertThat(finding(withValue(LabTest.HBA1C, "7", 3), "HIGH_HBA1C").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(codes(withValue(LabTest.HBA1C, "6.9", 3))).isEmpty();
  }

  /** Only the latest value counts, as for outcomes: a count that has recovered clears the rule. */
  @Test
  void onlyTheLatestValueIsRead() {
    ScreeningResult recovered = screenWithBaseline(request(knownHealthy().labResults(List.of(
        LabResult.measured(LabTest.PLATELET_COUNT, BigDecimal.valueOf(90), AS_OF.minusDays(60)),
        LabResult.measured(LabTest.PLATELET_COUNT, BigDecimal.valueOf(210), AS_OF.minusDays(2)))).build()));
    assertThat(codes(recovered)).isEmpty();
    ScreeningResult fallen = screenWithBaseline(request(knownHealthy().labResults(List.of(
        LabResult.measured(LabTest.PLATELET_COUNT, BigDecimal.valueOf(210), AS_OF.minusDays(60)),
        LabResult.measured(LabTest.PLATELET_COUNT, BigDecimal.valueOf(90), AS_OF.minusDays(2)))).build()));
    assertThat(codes(fallen)).containsExactly("LOW_PLATELET_COUNT");
  }
}
