package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.ImmutableEligibility;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.RequiredTestReason;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.PatientTexts;

/**
 * Screening checks a result's age on {@code asOf}, but what matters is its age on the day of session
 * 1, which may be weeks later (a deferral, a visit, the calendar, or another therapy first in a
 * combined plan). Once session 1 has a date, a result that will be too old by then is a test to
 * repeat: the plan is held back ({@code DEFERRED}, sessions tentative) until new results are in.
 */
final class LabResultsAtSessionOne {
  static final String CODE = "LAB_RESULT_TOO_OLD_AT_SESSION_1";

  private LabResultsAtSessionOne() {}

  /** The eligibility with the tests to repeat, or the same eligibility when every result holds. */
  static Eligibility check(
      Protocol protocol, TreatmentRequest request, Eligibility eligibility, LocalDate sessionOne) {
    Set<LabTest> alreadyRequired = new LinkedHashSet<>();
    for (RequiredTest required : eligibility.requiredTests()) {
      alreadyRequired.add(required.test());
    }
    List<RequiredTest> repeat = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (ScreeningRule rule : protocol.screening()) {
      if (rule.kind() != RuleKind.LAB_TESTS || rule.maxResultAgeDays().isEmpty()) {
        continue;
      }
      int maxAge = rule.maxResultAgeDays().get().value();
      List<LabTest> outdated = outdated(rule, request, alreadyRequired, sessionOne.minusDays(maxAge));
      for (LabTest test : outdated) {
        repeat.add(RequiredTest.of(test, RequiredTestReason.OUTDATED));
        alreadyRequired.add(test);
      }
      if (!outdated.isEmpty()) {
        findings.add(tooOld(protocol, rule, maxAge));
      }
    }
    if (findings.isEmpty()) {
      return eligibility;
    }
    EligibilityStatus status =
        eligibility.status().compareTo(EligibilityStatus.DEFERRED) >= 0
            ? eligibility.status()
            : EligibilityStatus.DEFERRED;
    return ImmutableEligibility.builder()
        .from(eligibility)
        .status(status)
        .addAllFindings(findings)
        .addAllRequiredTests(repeat)
        .build();
  }

  /**
   * The rule's tests not yet required whose latest result is on file and taken before {@code
   * oldestValid} (too old on the day of session 1), in the rule's order.
   */
  private static List<LabTest> outdated(
      ScreeningRule rule, TreatmentRequest request, Set<LabTest> alreadyRequired, LocalDate oldestValid) {
    List<LabTest> outdated = new ArrayList<>();
    for (LabTest test : rule.tests()) {
      Optional<LocalDate> latest = latest(request, test);
      if (latest.isPresent()
          && !alreadyRequired.contains(test)
          && !outdated.contains(test)
          && latest.get().isBefore(oldestValid)) {
        outdated.add(test);
      }
    }
    return outdated;
  }

  private static Finding tooOld(Protocol protocol, ScreeningRule rule, int maxAge) {
    return PatientTexts.withPatientMessage(Finding.builder()
        .code(CODE)
        .severity(FindingSeverity.TEMPORARY)
        .message(
            "A laboratory result on file will be more than "
                + maxAge
                + " days old on the day of session 1.")
        .action(
            "Repeat the tests listed as outdated no earlier than "
                + maxAge
                + " days before session 1, so that recent results are in before it.")
        .source(SourceLabels.label(protocol, rule.maxResultAgeDays().get().basis()))
        .sourceWords(rule.maxResultAgeDays().get().basis().words())
        .build(), Optional.of(RuleKind.LAB_TESTS));
  }

  private static Optional<LocalDate> latest(TreatmentRequest request, LabTest test) {
    LocalDate latest = null;
    for (LabResult result : request.patient().labResults()) {
      if (result.test() == test && (latest == null || result.date().isAfter(latest))) {
        latest = result.date();
      }
    }
    return Optional.ofNullable(latest);
  }
}
