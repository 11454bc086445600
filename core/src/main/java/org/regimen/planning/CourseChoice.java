package org.regimen.planning;

import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.protocol.Course;
import org.regimen.protocol.Interval;
import org.regimen.protocol.SessionRule;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.MatchEvaluator;

/** The row of a course's session table that applies to a patient: how many sessions, how far apart. */
@Value.Immutable
@RegimenStyle
abstract class CourseChoice {
  abstract SessionRule rule();

  abstract Interval interval();

  int sessions() {
    return rule().sessions();
  }

  /** The first row that matches; the loader guarantees the last row matches anything. */
  static CourseChoice choose(Course course, TreatmentRequest request, int plannedAreas) {
    for (SessionRule rule : course.sessionRules()) {
      if (MatchEvaluator.matches(rule.when(), request, plannedAreas)) {
        return ImmutableCourseChoice.builder()
            .rule(rule)
            .interval(rule.interval().orElse(course.interval()))
            .build();
      }
    }
    throw new IllegalStateException(
        "course " + course.id() + " has no catch-all session rule; the loader should have refused it");
  }
}
