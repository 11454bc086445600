package org.regimen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.RequiredTest;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/**
 * Turns findings into a status, the areas left, the earliest start and whether sessions may be
 * planned (docs/design.md, "Screening: what a finding does"):
 *
 * <ul>
 *   <li>the status is the strongest of the findings that concern the whole patient;
 *   <li>an area-scoped finding removes its area (first code wins) and counts as a precaution; when
 *       no requested area is left, area findings count with their own severity, and if every area is
 *       one the therapy never treats, the patient is {@code INELIGIBLE};
 *   <li>findings with a known end move the earliest start to the day after the last one, and so
 *       does a hold (a rule's {@code holdDays}, a prescribed blood thinner's course) that no
 *       finding dates; a temporary finding with no known end leaves no earliest start and no
 *       sessions.
 * </ul>
 */
final class EligibilityDecision {
  private EligibilityDecision() {}

  static ScreeningResult decide(ScreeningRun run) {
    TreatmentRequest request = run.request();
    List<Finding> findings = run.findings();
    AreasLeft areas = AreasLeft.of(request.areas(), findings);
    List<Finding> counting = counting(findings, areas.allRemoved());
    EligibilityStatus status = status(run, areas, counting);
    boolean openEnded = false;
    for (Finding f : counting) {
      openEnded |= f.severity() == FindingSeverity.TEMPORARY && f.until().isEmpty();
    }
    LocalDate base = request.earliestStart().filter(d -> d.isAfter(request.asOf())).orElse(request.asOf());
    Optional<LocalDate> earliestStart =
        status != EligibilityStatus.INELIGIBLE && !openEnded
            ? Optional.of(earliestStart(run, counting, base))
            : Optional.empty();
    boolean sessionsAllowed = status != EligibilityStatus.INELIGIBLE && !openEnded && !areas.allRemoved();

    List<RequiredTest> tests = new ArrayList<>();
    run.requiredTests().forEach((test, reason) -> tests.add(RequiredTest.of(test, reason)));
    Eligibility eligibility =
        Eligibility.builder()
            .status(status)
            .earliestStart(earliestStart)
            .findings(findings)
            .excludedAreas(areas.excluded())
            .requiredTests(tests)
            .build();
    return ScreeningResult.builder()
        .eligibility(eligibility)
        .remainingAreas(areas.remaining())
        .sessionsAllowed(sessionsAllowed)
        .avoidMenstruation(run.avoidsMenstruation())
        .confirmWithinDays(run.confirmWithinDays())
        .predictedPeriods(predictedPeriods(run, earliestStart.orElse(base)))
        .build();
  }

  /** The requested areas an area-scoped finding removes (its first code named), and the rest. */
  private record AreasLeft(List<BodyArea> requested, List<ExcludedArea> excluded, List<BodyArea> remaining) {
    static AreasLeft of(List<BodyArea> requested, List<Finding> findings) {
      List<ExcludedArea> excluded = new ArrayList<>();
      List<BodyArea> remaining = new ArrayList<>();
      for (BodyArea area : requested) {
        Finding first = firstFor(area, findings);
        if (first != null) {
          excluded.add(ExcludedArea.of(area, first.code()));
        } else {
          remaining.add(area);
        }
      }
      return new AreasLeft(requested, excluded, remaining);
    }

    boolean allRemoved() {
      return !requested.isEmpty() && remaining.isEmpty();
    }
  }

  /** The findings that set the status: those about the whole patient, or all when no area is left. */
  private static List<Finding> counting(List<Finding> findings, boolean allRemoved) {
    List<Finding> counting = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f.area().isEmpty() || allRemoved) {
        counting.add(f);
      }
    }
    return counting;
  }

  private static EligibilityStatus status(ScreeningRun run, AreasLeft areas, List<Finding> counting) {
    EligibilityStatus status = EligibilityStatus.ELIGIBLE;
    for (Finding f : counting) {
      status = max(status, f.severity().status());
    }
    if (!areas.excluded().isEmpty() && !areas.allRemoved()) {
      status = max(status, EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    }
    if (areas.allRemoved() && run.neverTreatedAreas().containsAll(areas.requested())) {
      status = EligibilityStatus.INELIGIBLE;
    }
    return status;
  }

  /** Session 1's earliest day, from {@code base}: after every dated reason and every hold. */
  private static LocalDate earliestStart(ScreeningRun run, List<Finding> counting, LocalDate base) {
    LocalDate start = base;
    // Every reason with a last day holds session 1 back until the day after, whatever its
    // severity.
    for (Finding f : counting) {
      if (f.until().isPresent() && !f.until().get().isBefore(start)) {
        start = f.until().get().plusDays(1);
      }
    }
    // A hold (a rule's holdDays, a prescribed thinner's course) moves session 1 with no date on
    // any finding.
    if (run.heldUntil().isPresent() && run.heldUntil().get().plusDays(1).isAfter(start)) {
      start = run.heldUntil().get().plusDays(1);
    }
    return start;
  }

  private static List<DateRange> predictedPeriods(ScreeningRun run, LocalDate start) {
    if (!run.avoidsMenstruation()) {
      return List.of();
    }
    return run.patient()
        .menstruation()
        .map(
            cycle ->
                PeriodPrediction.between(
                    cycle, run.asOf(), start.plusDays(PeriodPrediction.HORIZON_DAYS)))
        .orElse(List.of());
  }

  /** The first finding scoped to {@code area}, or null. */
  private static Finding firstFor(BodyArea area, List<Finding> findings) {
    for (Finding f : findings) {
      if (f.area().isPresent() && f.area().get() == area) {
        return f;
      }
    }
    return null;
  }

  private static EligibilityStatus max(EligibilityStatus a, EligibilityStatus b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
