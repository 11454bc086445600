package org.regimen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regimen.dates.DateRange;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.RequiredTestReason;
import org.regimen.request.BodyArea;
import org.regimen.request.LabTest;
import org.regimen.request.PatientProfile;
import org.regimen.request.TreatmentRequest;

/** What one screening has found so far. One instance per call: never shared between threads. */
final class ScreeningRun {
  private final TreatmentRequest request;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<UnconfirmedAttribute> unconfirmed = EnumSet.noneOf(UnconfirmedAttribute.class);
  private final Set<BodyArea> neverTreated = EnumSet.noneOf(BodyArea.class);
  private final Map<LabTest, RequiredTestReason> requiredTests = new LinkedHashMap<>();
  private boolean avoidMenstruation;
  private int confirmWithinDays = ScreeningResult.DEFAULT_CONFIRM_WITHIN_DAYS;
  private List<DateRange> predictedPeriods = List.of();

  private final LocalDate sessionOneReference;

  ScreeningRun(TreatmentRequest request) {
    this(request, request.asOf());
  }

  /** {@code sessionOneReference}: the day rules about "before session 1" are judged on. */
  ScreeningRun(TreatmentRequest request, LocalDate sessionOneReference) {
    this.request = request;
    this.sessionOneReference = sessionOneReference;
  }

  /** asOf for a course not yet begun; the real session 1 of a course in progress. */
  LocalDate sessionOneReference() {
    return sessionOneReference;
  }

  TreatmentRequest request() {
    return request;
  }

  PatientProfile patient() {
    return request.patient();
  }

  LocalDate asOf() {
    return request.asOf();
  }

  /** A finding with the rule's code, severity and texts. */
  void raise(DeclaredRule rule, Optional<BodyArea> area, Optional<LocalDate> until) {
    raise(rule, rule.rule().code(), rule.rule().severity(), rule.rule().message(), rule.rule().action(), area, held(rule, until));
  }

  /**
   * A rule with {@code holdDays} keeps sessions away for that many days from asOf, even when it is
   * not temporary (e.g. a prescriber's clearance that needs time). A temporary reason with no known
   * end stays open-ended.
   */
  Optional<LocalDate> held(DeclaredRule rule, Optional<LocalDate> until) {
    if (rule.rule().holdDays().isEmpty()
        || (until.isEmpty() && rule.rule().severity() == FindingSeverity.TEMPORARY)) {
      return until;
    }
    LocalDate holdUntil = asOf().plusDays(rule.rule().holdDays().get().value() - 1L);
    return Optional.of(until.filter(u -> u.isAfter(holdUntil)).orElse(holdUntil));
  }

  /** A finding with the rule's basis and its own code, severity and texts. */
  void raise(
      DeclaredRule rule,
      String code,
      FindingSeverity severity,
      String message,
      String action,
      Optional<BodyArea> area,
      Optional<LocalDate> until) {
    findings.add(
        Finding.builder()
            .code(code)
            .severity(severity)
            .area(area)
            .message(message)
            .action(action)
            .source(rule.sourceLabel())
            .sourceWords(rule.sourceWords())
            .until(until)
            .build());
  }

  /** A precaution asking to confirm an unknown attribute before session 1; one per attribute. */
  void unconfirmed(UnconfirmedAttribute attribute, DeclaredRule neededBy) {
    if (unconfirmed.add(attribute)) {
      raise(
          neededBy,
          attribute.code(),
          FindingSeverity.PRECAUTION,
          attribute.message(),
          attribute.action(),
          Optional.empty(),
          Optional.empty());
    }
  }

  void add(Finding finding) {
    findings.add(finding);
  }

  /** Marks an area the therapy never treats (an EXCLUDED_AREA rule). */
  void neverTreated(BodyArea area) {
    neverTreated.add(area);
  }

  void requireTest(LabTest test, RequiredTestReason reason) {
    requiredTests.putIfAbsent(test, reason);
  }

  void avoidMenstruation(int confirmWithinDays) {
    if (!avoidMenstruation || confirmWithinDays > this.confirmWithinDays) {
      this.confirmWithinDays = confirmWithinDays;
    }
    this.avoidMenstruation = true;
  }

  void predictedPeriods(List<DateRange> periods) {
    this.predictedPeriods = List.copyOf(periods);
  }

  List<Finding> findings() {
    return findings;
  }

  Set<BodyArea> neverTreatedAreas() {
    return neverTreated;
  }

  Map<LabTest, RequiredTestReason> requiredTests() {
    return requiredTests;
  }

  boolean avoidsMenstruation() {
    return avoidMenstruation;
  }

  int confirmWithinDays() {
    return confirmWithinDays;
  }

  List<DateRange> predictedPeriods() {
    return predictedPeriods;
  }

  /** Requested areas no area-scoped finding has removed so far, in request order. */
  List<BodyArea> remainingAreas() {
    List<BodyArea> remaining = new ArrayList<>(request.areas());
    for (Finding f : findings) {
      f.area().ifPresent(remaining::remove);
    }
    return remaining;
  }
}
