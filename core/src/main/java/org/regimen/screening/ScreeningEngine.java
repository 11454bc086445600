package org.regimen.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.regimen.plan.Finding;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.RuleSet;
import org.regimen.request.TreatmentRequest;

/**
 * Screens one request against the baseline rules (as the protocol overrides them), the protocol's
 * own rules and the findings of the therapy module, and decides eligibility. Stateless and
 * thread-safe: share one instance. Never reads a clock: every date comes from the request.
 *
 * <p>Unknown is never "no": a rule that needs a value the request does not know adds a finding
 * saying what to confirm before session 1, a {@code RELATIVE} gate where the rule would rule the
 * treatment out, defer it or need clearance, a {@code PRECAUTION} only where the rule itself is one
 * ({@link UnknownGate}).
 */
public final class ScreeningEngine {

  /**
   * @param request a validated request
   * @param protocol the therapy's protocol: its rules and its overrides of the baseline
   * @param course the course chosen for the indication: a requested area it does not list is left
   *     out with an {@code AREA_NOT_IN_COURSE} finding; may be null (no such check)
   * @param baseline the rules every therapy gets
   * @param moduleFindings findings the module's own logic raised; area-scoped ones for areas not
   *     requested are ignored
   */
  public ScreeningResult screen(
      TreatmentRequest request,
      Protocol protocol,
      Course course,
      RuleSet baseline,
      List<Finding> moduleFindings) {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(baseline, "baseline");
    return screen(request, ScreeningRules.of(baseline, protocol), course, moduleFindings);
  }

  /**
   * As {@link #screen(TreatmentRequest, Protocol, Course, RuleSet, List)}, with the protocol's rules
   * worked out beforehand: the form planning uses, so nothing is rebuilt per request.
   */
  public ScreeningResult screen(
      TreatmentRequest request, ScreeningRules rules, Course course, List<Finding> moduleFindings) {
    return screen(request, rules, course, moduleFindings, Optional.empty());
  }

  /**
   * As {@link #screen(TreatmentRequest, ScreeningRules, Course, List)}, for a course that began on
   * {@code courseBegan} (its first past session): what must hold "before session 1" (the age of
   * laboratory results) is judged on that day, when it was required, not again on {@code asOf}.
   */
  public ScreeningResult screen(
      TreatmentRequest request,
      ScreeningRules rules,
      Course course,
      List<Finding> moduleFindings,
      Optional<LocalDate> courseBegan) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(moduleFindings, "moduleFindings");
    ScreeningRun run = new ScreeningRun(request, courseBegan.orElse(request.asOf()));
    List<DeclaredRule> assessments = new ArrayList<>();
    for (DeclaredRule rule : rules.rules()) {
      if (rule.rule().kind() == RuleKind.ASSESSMENT) {
        assessments.add(rule); // needs the planned areas: after every area is settled
      } else {
        apply(rule, run);
      }
    }
    if (course != null) {
      AreaRules.outsideCourse(course, run);
    }
    for (Finding finding : moduleFindings) {
      if (finding.area().map(request.areas()::contains).orElse(true)) {
        run.add(finding);
      }
    }
    int plannedAreas = run.remainingAreas().size();
    for (DeclaredRule rule : assessments) {
      AssessmentRule.apply(rule, run, plannedAreas);
    }
    return EligibilityDecision.decide(run);
  }

  private static void apply(DeclaredRule rule, ScreeningRun run) {
    switch (rule.rule().kind()) {
      case PREGNANCY -> PatientRules.pregnancy(rule, run);
      case CONDITION -> PatientRules.condition(rule, run);
      case MEDICATION -> PatientRules.medication(rule, run);
      case ALLERGY -> PatientRules.allergy(rule, run);
      case AGE -> PatientRules.age(rule, run);
      case AREA_FINDING -> AreaRules.areaFinding(rule, run);
      case EXCLUDED_AREA -> AreaRules.excludedArea(rule, run);
      case MENSTRUATION -> MenstruationRule.apply(rule, run);
      case LAB_TESTS -> LabTestRule.apply(rule, run);
      case LAB_RESULT -> LabResultRule.apply(rule, run);
      case ASSESSMENT -> AssessmentRule.apply(rule, run, run.remainingAreas().size());
      case REPRODUCTIVE -> ReproductiveRule.apply(rule, run);
      case PROCEDURE -> ProcedureRule.apply(rule, run);
      case LAB_VALUE -> LabValueRule.apply(rule, run);
    }
  }
}
