package org.regimen.treatment.prp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.prp.PrpPatients.plan;
import static org.regimen.treatment.prp.PrpPatients.skinTightening;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.Finding;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.Assessment;
import org.regimen.request.Indication;
import org.regimen.request.Severity;

/**
 * Issue 12: {@code assessment} for any indication. PRP's skin-tightening course (003) also treats
 * fine lines, acne scars and uneven tone; its rows choose the course by severity, and before the
 * general assessment no request for those indications could say it.
 */
class PrpAssessmentTest {

  private static TreatmentPlan fineLines(Optional<Severity> severity) {
    var request = skinTightening().indication(Indication.FINE_LINES_AND_WRINKLES).laxity(Optional.empty());
    severity.ifPresent(s -> request.assessment(Assessment.builder().severity(s).build()));
    return plan(request);
  }

  private static boolean has(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().map(Finding::code).anyMatch(code::equals);
  }

  @Test
  void withoutAnAssessment_theAssessmentIsIncomplete() {
    assertThat(has(fineLines(Optional.empty()), "UNCONFIRMED_ASSESSMENT")).isTrue();
  }

  @Test
  void aGeneralAssessmentClearsItAndChoosesTheCourseRow() {
    TreatmentPlan mild = fineLines(Optional.of(Severity.MILD));
    TreatmentPlan severe = fineLines(Optional.of(Severity.SEVERE));
    assertThat(has(mild, "UNCONFIRMED_ASSESSMENT")).isFalse();
    assertThat(has(severe, "UNCONFIRMED_ASSESSMENT")).isFalse();
    // 003: "Have mild to moderate skin laxity." A severe case is a precaution, and its row plans more.
    assertThat(has(severe, "SEVERE_ASSESSMENT")).isTrue();
    assertThat(severe.sessions().size()).isGreaterThan(mild.sessions().size());
  }
}
