package org.regimen.protocol;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.regimen.protocol.SafetyBounds.CourseBounds;
import org.regimen.protocol.SafetyBounds.LabTestBound;
import org.regimen.protocol.SafetyBounds.StrengthenOnly;

/**
 * Reads a protocol's {@code bounds} (docs/protocol-format.md, "Safety bounds") and checks that the
 * protocol itself lies within them: a bound its own protocol breaks would make every variant that
 * copies the protocol's value fail.
 */
final class BoundsReader {
  private final ReadContext context;

  BoundsReader(ReadContext context) {
    this.context = context;
  }

  SafetyBounds read(StrictObject o) {
    List<CourseBounds> courses = o.objects("courses", true, this::course);
    o.requireUnique("courses", "course", "course");
    List<LabTestBound> labTests = o.objects("labTests", false, this::labTest);
    o.requireUnique("labTests", "rule", "LAB_TESTS rule");
    Sourced<List<StrengthenOnly>> strengthenOnly =
        context.sourced(
            o, "strengthenOnly", true, v -> v.enumList("value", StrengthenOnly.class, true));
    if (strengthenOnly != null
        && !EnumSet.copyOf(strengthenOnly.value()).equals(EnumSet.allOf(StrengthenOnly.class))) {
      o.problem(
          "strengthenOnly.value",
          "must list every family " + EnumSet.allOf(StrengthenOnly.class)
              + ": a variant never weakens a safety rule");
    }
    if (!o.done()) {
      return null;
    }
    return SafetyBounds.builder()
        .courses(courses)
        .labTests(labTests)
        .strengthenOnly(strengthenOnly)
        .build();
  }

  private CourseBounds course(StrictObject o) {
    String course = o.text("course");
    Sourced<Integer> minInterval = positive(o, "minIntervalDays");
    Sourced<Integer> perCourse = positive(o, "maxSessionsPerCourse");
    Sourced<Integer> perYear = positive(o, "maxSessionsPerYear");
    Optional<Sourced<Integer>> fasting =
        Optional.ofNullable(context.sourced(o, "minFastingHours", false, v -> v.integer("value", 1)));
    if (!o.done()) {
      return null;
    }
    return CourseBounds.builder()
        .course(course)
        .minIntervalDays(minInterval)
        .maxSessionsPerCourse(perCourse)
        .maxSessionsPerYear(perYear)
        .minFastingHours(fasting)
        .build();
  }

  private LabTestBound labTest(StrictObject o) {
    String rule = context.code(o, "rule");
    Sourced<Integer> maxAge = positive(o, "maxResultAgeDays");
    if (!o.done()) {
      return null;
    }
    return LabTestBound.builder().rule(rule).maxResultAgeDays(maxAge).build();
  }

  private Sourced<Integer> positive(StrictObject o, String key) {
    return context.sourced(o, key, true, v -> v.integer("value", 1));
  }

  /**
   * Every course has bounds and every bound names a course or LAB_TESTS rule of the protocol, which
   * lies within it; reported at {@code bounds...} paths.
   */
  static void requireFits(
      SafetyBounds bounds, List<Course> courses, List<ScreeningRule> screening, Problems problems) {
    requireCoursesFit(bounds, courses, problems);
    requireLabTestsFit(bounds, screening, problems);
  }

  private static void requireCoursesFit(SafetyBounds bounds, List<Course> courses, Problems problems) {
    Set<String> courseIds = new java.util.HashSet<>();
    for (int c = 0; c < courses.size(); c++) {
      Course course = courses.get(c);
      String coursePath = "courses[" + c + "].";
      if (course == null) {
        continue;
      }
      courseIds.add(course.id());
      Optional<CourseBounds> found = bounds.course(course.id());
      if (found.isEmpty()) {
        problems.add("bounds.courses", "course '" + course.id() + "' has no bounds");
        continue;
      }
      int at = bounds.courses().indexOf(found.get());
      BoundChecks.course(
          course, found.get(), "bounds.courses[" + at + "]", (key, rule) -> problems.add(coursePath + key, rule));
    }
    for (int i = 0; i < bounds.courses().size(); i++) {
      if (!courseIds.contains(bounds.courses().get(i).course())) {
        problems.add("bounds.courses[" + i + "].course", "names no course of this protocol");
      }
    }
  }

  private static void requireLabTestsFit(
      SafetyBounds bounds, List<ScreeningRule> screening, Problems problems) {
    for (int i = 0; i < bounds.labTests().size(); i++) {
      LabTestBound bound = bounds.labTests().get(i);
      Optional<ScreeningRule> rule =
          screening.stream()
              .filter(Objects::nonNull)
              .filter(r -> r.kind() == RuleKind.LAB_TESTS && r.code().equals(bound.rule()))
              .findFirst();
      if (rule.isEmpty()) {
        problems.add("bounds.labTests[" + i + "].rule", "names no LAB_TESTS rule of this protocol");
      } else {
        int index = screening.indexOf(rule.get());
        BoundChecks.labTest(
            rule.get(), bound, "bounds.labTests[" + i + "]",
            (key, message) -> problems.add("screening[" + index + "]." + key, message));
      }
    }
    for (ScreeningRule rule : screening) {
      if (rule != null && rule.kind() == RuleKind.LAB_TESTS && bounds.labTest(rule.code()).isEmpty()) {
        problems.add("bounds.labTests", "LAB_TESTS rule '" + rule.code() + "' has no bound");
      }
    }
  }
}
