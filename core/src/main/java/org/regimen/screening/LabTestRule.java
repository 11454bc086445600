package org.regimen.screening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.RequiredTestReason;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.Sourced;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;

/**
 * LAB_TESTS: each required test must be on file, recent and clear before session 1. A missing or
 * outdated test defers the plan by the time results take to come back; a positive infectious result
 * rules the treatment out; an indeterminate one is not clean (the test is repeated: deferred like a
 * missing one); an abnormal blood panel needs clearance. The latest result of a test is the one
 * read, whatever its age: an old positive result is still a positive result, and an earlier positive
 * followed by a negative is a finding a physician clears. The request validator has checked that
 * each outcome belongs to its test (no "NORMAL" HIV test, no "POSITIVE" blood count).
 */
final class LabTestRule {
  static final String MISSING_LAB_TEST = "MISSING_LAB_TEST";
  static final String POSITIVE_LAB_RESULT = "POSITIVE_LAB_RESULT";
  static final String ABNORMAL_LAB_RESULT = "ABNORMAL_LAB_RESULT";
  static final String INDETERMINATE_LAB_RESULT = "INDETERMINATE_LAB_RESULT";
  static final String PAST_POSITIVE_LAB_RESULT = "PAST_POSITIVE_LAB_RESULT";

  static final String POSITIVE_MESSAGE =
      "A required laboratory test for an infection came back positive; the protocol rules the treatment out.";
  static final String POSITIVE_ACTION = "Do not plan sessions; refer the patient to a physician.";
  static final String ABNORMAL_MESSAGE = "A required blood test result is outside the normal range.";
  static final String ABNORMAL_ACTION =
      "A physician reviews the result and clears the patient before session 1.";

  static final String INDETERMINATE_MESSAGE =
      "A required laboratory test for an infection gave an indeterminate result, which neither"
          + " confirms nor excludes the infection.";
  static final String INDETERMINATE_ACTION =
      "Repeat or confirm the test; a physician reads the new result and discusses it with the"
          + " patient in person before session 1.";
  static final String PAST_POSITIVE_MESSAGE =
      "An earlier result of a required infection test was positive; the latest one is not.";
  static final String PAST_POSITIVE_ACTION =
      "A physician reviews the history (a treated or resolved infection, a false positive) and"
          + " clears the patient before session 1; discuss it with the patient in person.";

  private LabTestRule() {}

  static void apply(DeclaredRule rule, ScreeningRun run) {
    ScreeningRule r = rule.rule();
    Readings seen = Readings.NONE;
    for (LabTest test : r.tests()) {
      seen = seen.or(read(test, r, run));
    }
    Optional<LocalDate> resultsBack = resultsBack(r, run);
    if (seen.toOrder()) {
      run.raise(rule, MISSING_LAB_TEST, FindingSeverity.TEMPORARY, r.message(), r.action(), Optional.empty(), resultsBack);
    }
    if (seen.positive()) {
      run.raise(rule, POSITIVE_LAB_RESULT, FindingSeverity.ABSOLUTE, POSITIVE_MESSAGE, POSITIVE_ACTION, Optional.empty(), Optional.empty());
    }
    if (seen.indeterminate()) {
      run.raise(rule, INDETERMINATE_LAB_RESULT, FindingSeverity.TEMPORARY, INDETERMINATE_MESSAGE, INDETERMINATE_ACTION, Optional.empty(), resultsBack);
    }
    if (seen.pastPositive()) {
      run.raise(rule, PAST_POSITIVE_LAB_RESULT, FindingSeverity.RELATIVE, PAST_POSITIVE_MESSAGE, PAST_POSITIVE_ACTION, Optional.empty(), Optional.empty());
    }
    if (seen.abnormal()) {
      run.raise(rule, ABNORMAL_LAB_RESULT, FindingSeverity.RELATIVE, ABNORMAL_MESSAGE, ABNORMAL_ACTION, Optional.empty(), Optional.empty());
    }
  }

  /** What the latest results of a rule's tests showed: each finding the rule raises, at most once. */
  private record Readings(
      boolean toOrder, boolean positive, boolean abnormal, boolean indeterminate, boolean pastPositive) {
    static final Readings NONE = new Readings(false, false, false, false, false);

    Readings or(Readings other) {
      return new Readings(
          toOrder || other.toOrder,
          positive || other.positive,
          abnormal || other.abnormal,
          indeterminate || other.indeterminate,
          pastPositive || other.pastPositive);
    }
  }

  /** Reads one test's results; a test to order (missing, outdated, indeterminate) is required. */
  private static Readings read(LabTest test, ScreeningRule r, ScreeningRun run) {
    List<LabResult> latest = latest(run.patient().labResults(), test);
    if (latest.isEmpty()) {
      run.requireTest(test, RequiredTestReason.MISSING);
      return new Readings(true, false, false, false, false);
    }
    boolean toOrder = false;
    boolean indeterminate = false;
    boolean latestPositive = latest.stream().anyMatch(l -> l.is(LabOutcome.POSITIVE));
    if (!latestPositive && latest.stream().anyMatch(l -> l.is(LabOutcome.INDETERMINATE))) {
      // Not clean: the test is repeated, like a missing one, and read by a physician.
      run.requireTest(test, RequiredTestReason.INDETERMINATE);
      indeterminate = true;
    } else if (isOutdated(latest.get(0).date(), r.maxResultAgeDays(), run.sessionOneReference())) {
      run.requireTest(test, RequiredTestReason.OUTDATED);
      toOrder = true;
    }
    boolean abnormal = latest.stream().anyMatch(l -> l.is(LabOutcome.ABNORMAL));
    // A newer negative does not make an earlier positive silent: a physician reads the history.
    LocalDate latestDay = latest.get(0).date();
    boolean pastPositive =
        !latestPositive
            && run.patient().labResults().stream()
                .anyMatch(l -> l.test() == test && l.is(LabOutcome.POSITIVE) && l.date().isBefore(latestDay));
    return new Readings(toOrder, latestPositive, abnormal, indeterminate, pastPositive);
  }

  /**
   * The last day before results of tests ordered now are back: tests are ordered no earlier than
   * the first day the patient can come, and results follow that.
   */
  private static Optional<LocalDate> resultsBack(ScreeningRule r, ScreeningRun run) {
    LocalDate ordered =
        run.request().earliestStart().filter(d -> d.isAfter(run.asOf())).orElse(run.asOf());
    return r.turnaroundDays().map(d -> ordered.plusDays(d.value()));
  }

  /** The results of {@code test} taken on its latest date; empty when none is on file. */
  private static List<LabResult> latest(List<LabResult> results, LabTest test) {
    Optional<LocalDate> lastDate =
        results.stream().filter(l -> l.test() == test).map(LabResult::date).max(Comparator.naturalOrder());
    return lastDate
        .map(d -> results.stream().filter(l -> l.test() == test && l.date().equals(d)).toList())
        .orElse(List.of());
  }

  private static boolean isOutdated(LocalDate taken, Optional<Sourced<Integer>> maxAge, LocalDate asOf) {
    return maxAge.map(max -> ChronoUnit.DAYS.between(taken, asOf) > max.value()).orElse(false);
  }
}
