package org.regimen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regimen.dates.DateRange;
import org.regimen.plan.Finding;
import org.regimen.plan.ImmutableFinding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.RequiredTestReason;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.BodyArea;
import org.regimen.request.LabTest;
import org.regimen.request.PatientProfile;
import org.regimen.request.TreatmentRequest;

/** What one screening has found so far. One instance per call: never shared between threads. */
final class ScreeningRun {
  private final TreatmentRequest request;
  private final List<Finding> findings = new ArrayList<>();
  /** Each unknown attribute asked about so far, with the index of its finding. */
  private final Map<UnconfirmedAttribute, Integer> unconfirmed = new EnumMap<>(UnconfirmedAttribute.class);
  private Optional<LocalDate> heldUntil = Optional.empty();
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
    Finding own = rule.finding();
    findings.add(
        area.isEmpty() && until.isEmpty()
            ? own
            : ImmutableFinding.copyOf(own).withArea(area).withUntil(until));
    holdFor(rule);
  }

  /**
   * A rule with {@code holdDays} keeps session 1 away for that many days from asOf, even when it is
   * not temporary (e.g. time for a prescriber to decide before a harvest). The hold moves the
   * earliest start only: the finding itself carries no date from it, since a date next to "keep
   * taking your medicine" reads as "until then".
   */
  private void holdFor(DeclaredRule rule) {
    rule.rule().holdDays().ifPresent(days -> hold(asOf().plusDays(days.value() - 1L)));
  }

  /** Session 1 waits until the day after {@code lastDay}; no finding carries the date. */
  void hold(LocalDate lastDay) {
    if (heldUntil.isEmpty() || lastDay.isAfter(heldUntil.get())) {
      heldUntil = Optional.of(lastDay);
    }
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
        PatientTexts.withPatientMessage(
            Finding.builder()
                .code(code)
                .severity(severity)
                .area(area)
                .message(message)
                .action(action)
                .source(rule.sourceLabel())
                .sourceWords(rule.sourceWords())
                .until(until)
                .build(),
            Optional.of(rule.rule().kind())));
    holdFor(rule);
  }

  /**
   * A finding asking to confirm an unknown attribute before session 1; one per attribute, as strong
   * as the strongest rule that needs it allows (design.md, "Unknown is never 'no'"): where the rule
   * would rule the treatment out or defer it, the unknown is a gate ({@code RELATIVE}: sessions
   * tentative until it is confirmed); only a rule that is itself a precaution leaves a precaution.
   */
  void unconfirmed(UnconfirmedAttribute attribute, DeclaredRule neededBy) {
    Finding asked = neededBy.unconfirmed(attribute);
    Integer index = unconfirmed.get(attribute);
    if (index != null) {
      Finding earlier = findings.get(index);
      if (asked.severity().compareTo(earlier.severity()) < 0) {
        // A stronger rule needs the same unknown: the one finding takes its severity and source.
        findings.set(index, asked);
      }
      return;
    }
    unconfirmed.put(attribute, findings.size());
    findings.add(asked);
  }

  /** A finding the module's own logic raised, with its patient text. */
  void add(Finding finding) {
    findings.add(PatientTexts.withPatientMessage(finding, Optional.empty()));
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

  /** The last day a hold keeps session 1 away, if any rule held it. */
  Optional<LocalDate> heldUntil() {
    return heldUntil;
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
