package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.LabTest;

/**
 * The "Done means": a patient with an antibiotic course, a cycle and missing tests gets a
 * DEFERRED plan with the tests to order, a start after the course, and no session on a period day.
 */
class DoneMeansTest {
  @Test
  void antibioticCourseCycleAndMissingTestsGiveADeferredPlanAroundAllThree() {
    TreatmentPlan plan =
        healthy()
            .patient("medications", "[{\"kind\": \"ANTIBIOTIC\", \"until\": \"2027-01-27\"}]")
            .patient("labResults", "[]")
            .plan();

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.eligibility().requiredTests())
        .extracting(RequiredTest::test)
        .containsExactlyInAnyOrder(
            LabTest.BLOOD_COUNT, LabTest.BLOOD_BIOCHEMISTRY, LabTest.HIV, LabTest.SYPHILIS, LabTest.HEPATITIS);
    assertThat(plan.eligibility().earliestStart()).contains(LocalDate.parse("2027-01-28"));
    assertThat(plan.sessions()).isNotEmpty();
    // 2027-01-28 is the day after the course, but 2027-01-29 to 2027-02-02 are predicted period days
    assertThat(plan.sessions().get(0).date()).isAfter(LocalDate.parse("2027-01-27"));
    assertThat(plan.sessions())
        .extracting(Session::date)
        .allSatisfy(d -> assertThat(ContraindicationsTest.periodDay(d)).as("%s is a period day", d).isFalse());
    assertThat(plan.sessions()).allSatisfy(s -> assertThat(s.tentative()).isTrue());
  }
}
