package org.regimen.screening;

import java.util.List;
import java.util.Optional;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Course;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;

/** Rules scoped to one requested area: a finding in the area, or an area the therapy never treats. */
final class AreaRules {
  /** The course's own list of areas, applied like an EXCLUDED_AREA rule to every area it lacks. */
  static final DeclaredRule OUTSIDE_COURSE =
      new DeclaredRule(
          ScreeningRule.builder()
              .kind(RuleKind.EXCLUDED_AREA)
              .code("AREA_NOT_IN_COURSE")
              .severity(FindingSeverity.ABSOLUTE)
              .message(
                  "This course is not planned for this area: the area is not on the course's list of"
                      + " areas in the protocol (PROTOCOL.md gives the list and its basis).")
              .action(
                  "Plan the other areas; the practitioner may discuss another course or therapy for"
                      + " this one.")
              .basis(
                  Basis.of(
                      Basis.REGIMEN_DEFAULT,
                      "Each course lists the areas it is planned for, from its source or, where the"
                          + " source names none, a Regimen default; an area it does not list is"
                          + " left out of the plan, which is not a source's contraindication."))
              .build(),
          Basis.REGIMEN_DEFAULT);

  private AreaRules() {}

  /** Requested areas the course does not list, unless a rule has already left them out. */
  static void outsideCourse(Course course, ScreeningRun run) {
    for (BodyArea area : run.request().areas()) {
      if (!course.areas().contains(area) && !run.neverTreatedAreas().contains(area)) {
        run.raise(OUTSIDE_COURSE, Optional.of(area), Optional.empty());
        run.neverTreated(area);
      }
    }
  }

  static void areaFinding(DeclaredRule rule, ScreeningRun run) {
    List<BodyArea> whenTreating = rule.rule().whenTreating();
    if (!whenTreating.isEmpty() && run.request().areas().stream().noneMatch(whenTreating::contains)) {
      return; // the rule is about work on other areas
    }
    Optional<List<AreaFinding>> known = run.patient().areaFindings();
    if (known.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.AREA_FINDINGS, rule);
      return;
    }
    ScreeningRule r = rule.rule();
    if (r.wholePatient()) {
      boolean anywhere =
          known.get().stream()
              .anyMatch(f -> r.areaFindings().contains(f.finding())
                  && (r.areas().isEmpty() || r.areas().contains(f.area())));
      if (anywhere) {
        run.raise(rule, Optional.empty(), Optional.empty());
      }
      return;
    }
    for (BodyArea area : run.request().areas()) {
      boolean concerned = r.areas().isEmpty() || r.areas().contains(area);
      boolean found =
          known.get().stream()
              .anyMatch(f -> f.area() == area && r.areaFindings().contains(f.finding()));
      if (concerned && found) {
        if (r.keepsArea()) {
          // A precaution about the area (a fresh tan): one finding for the plan, the area stays.
          run.raise(rule, Optional.empty(), Optional.empty());
          return;
        }
        run.raise(rule, Optional.of(area), Optional.empty());
      }
    }
  }

  static void excludedArea(DeclaredRule rule, ScreeningRun run) {
    for (BodyArea area : run.request().areas()) {
      if (rule.rule().areas().contains(area)) {
        run.raise(rule, Optional.of(area), Optional.empty());
        run.neverTreated(area);
      }
    }
  }
}
