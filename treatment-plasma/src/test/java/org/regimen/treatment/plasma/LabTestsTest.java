package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.AS_OF;
import static org.regimen.treatment.plasma.PlasmaRequest.RECENT;
import static org.regimen.treatment.plasma.PlasmaRequest.codes;
import static org.regimen.treatment.plasma.PlasmaRequest.finding;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;
import static org.regimen.treatment.plasma.PlasmaRequest.lab;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.RequiredTestReason;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.VisitKind;
import org.regimen.request.LabTest;

/**
 * 004 line 114: "Pass all kinds of laboratory tests. Blood donation for general and biochemical
 * tests, determination of HIV infection, Wasserman reaction, hepatitis." and line 116: "If the
 * patient received positive test results that allow the specialist to conduct a session, he
 * determines the day and time." Results older than 30 days (regimen-default) are outdated; results
 * take 7 days (regimen-default).
 */
class LabTestsTest {
  private static final String ALL_CLEAR_BUT_HIV =
      "["
          + lab("HEPATITIS", "NEGATIVE", RECENT) + ", "
          + lab("SYPHILIS", "NEGATIVE", RECENT) + ", "
          + lab("BLOOD_COUNT", "NORMAL", RECENT) + ", "
          + lab("BLOOD_BIOCHEMISTRY", "NORMAL", RECENT);

  @Test
  void line114WithNoTestsOnFileAllFiveAreOrderedAndSessionOneWaitsForTheResults() {
    TreatmentPlan plan = healthy().patient("labResults", "[]").plan();
    assertThat(plan.eligibility().requiredTests())
        .extracting(RequiredTest::test)
        .containsExactlyInAnyOrder(
            LabTest.BLOOD_COUNT, LabTest.BLOOD_BIOCHEMISTRY, LabTest.HIV, LabTest.SYPHILIS, LabTest.HEPATITIS);
    assertThat(plan.eligibility().requiredTests()).extracting(RequiredTest::reason).containsOnly(RequiredTestReason.MISSING);
    assertThat(finding(plan, "MISSING_LAB_TEST").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(finding(plan, "MISSING_LAB_TEST").until()).contains(AS_OF.plusDays(7));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions().get(0).date()).isAfter(AS_OF.plusDays(7));
    assertThat(plan.sessions()).allSatisfy(s -> assertThat(s.tentative()).isTrue());
  }

  @Test
  void line114OneMissingTestIsTheOnlyOneToOrder() {
    TreatmentPlan plan = healthy().patient("labResults", ALL_CLEAR_BUT_HIV + "]").plan();
    assertThat(plan.eligibility().requiredTests()).containsExactly(RequiredTest.of(LabTest.HIV, RequiredTestReason.MISSING));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
  }

  @Test
  void line114AResultOlderThan30DaysIsOutdated() {
    String old = AS_OF.minusDays(31).toString();
    TreatmentPlan plan =
        healthy().patient("labResults", ALL_CLEAR_BUT_HIV + ", " + lab("HIV", "NEGATIVE", old) + "]").plan();
    assertThat(plan.eligibility().requiredTests()).containsExactly(RequiredTest.of(LabTest.HIV, RequiredTestReason.OUTDATED));
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);

    String recentEnough = AS_OF.minusDays(10).toString();
    TreatmentPlan recent =
        healthy().patient("labResults", ALL_CLEAR_BUT_HIV + ", " + lab("HIV", "NEGATIVE", recentEnough) + "]").plan();
    assertThat(recent.eligibility().requiredTests()).isEmpty();
  }

  /**
   * The age that counts is the result's age on the day of session 1, not on the day the plan is
   * made: a result 30 days old at asOf is fine today, but session 1 comes at least 7 days later
   * (the consultation), so the test must be repeated.
   */
  @Test
  void line114AResultThatWillBeTooOldOnSessionOneIsToBeRepeated() {
    String justInTimeToday = AS_OF.minusDays(30).toString();
    TreatmentPlan plan =
        healthy().patient("labResults", ALL_CLEAR_BUT_HIV + ", " + lab("HIV", "NEGATIVE", justInTimeToday) + "]").plan();
    assertThat(plan.eligibility().requiredTests()).containsExactly(RequiredTest.of(LabTest.HIV, RequiredTestReason.OUTDATED));
    assertThat(finding(plan, "LAB_RESULT_TOO_OLD_AT_SESSION_1").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.tentative()).isTrue());
  }

  /** A positive HIV, Wassermann (syphilis) or hepatitis result rules the treatment out. */
  @ParameterizedTest
  @CsvSource({"HIV", "SYPHILIS", "HEPATITIS"})
  void line114APositiveInfectiousResultRulesTheTreatmentOut(String test) {
    TreatmentPlan plan = healthy().patient("labResults", "[" + lab(test, "POSITIVE", RECENT) + "]").plan();
    assertThat(finding(plan, "POSITIVE_LAB_RESULT").severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(plan.sessions()).isEmpty();
  }

  /** An abnormal general or biochemical blood test needs a physician's clearance. */
  @ParameterizedTest
  @CsvSource({"BLOOD_COUNT", "BLOOD_BIOCHEMISTRY"})
  void line114AnAbnormalBloodTestNeedsClearance(String test) {
    String others =
        "["
            + lab("HIV", "NEGATIVE", RECENT) + ", "
            + lab("HEPATITIS", "NEGATIVE", RECENT) + ", "
            + lab("SYPHILIS", "NEGATIVE", RECENT) + ", "
            + lab(test.equals("BLOOD_COUNT") ? "BLOOD_BIOCHEMISTRY" : "BLOOD_COUNT", "NORMAL", RECENT) + ", "
            + lab(test, "ABNORMAL", RECENT)
            + "]";
    TreatmentPlan plan = healthy().patient("labResults", others).plan();
    assertThat(finding(plan, "ABNORMAL_LAB_RESULT").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.tentative()).isTrue());
  }

  /**
   * 004 line 106: "Not a single good beautician will draw blood from a client who walks into his
   * office for the first time": the first visit is a consultation, and session 1 comes at least the
   * 7 days the results take after it.
   */
  @Test
  void line106TheFirstVisitIsAConsultationAndSessionOneComesAfterTheResults() {
    TreatmentPlan plan = healthy().patient("labResults", "[]").set("earliestStart", "\"2027-01-11\"").plan();
    assertThat(plan.visits()).hasSize(1);
    assertThat(plan.visits().get(0).kind()).isEqualTo(VisitKind.CONSULTATION);
    LocalDate consultation = plan.visits().get(0).date();
    assertThat(consultation).isEqualTo(LocalDate.parse("2027-01-11"));
    assertThat(plan.visits().get(0).purpose()).contains("HIV", "Wassermann", "hepatitis", "skin inspection");
    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(consultation.plusDays(7));
  }

  @Test
  void line106EvenWithEveryTestOnFileTheConsultationComesFirst() {
    TreatmentPlan plan = healthy().plan();
    assertThat(codes(plan)).doesNotContain("MISSING_LAB_TEST");
    assertThat(plan.visits()).extracting(v -> v.kind()).containsExactly(VisitKind.CONSULTATION);
    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(plan.visits().get(0).date().plusDays(7));
  }
}
