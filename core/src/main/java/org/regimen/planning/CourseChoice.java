package org.regimen.planning;

import java.util.List;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.protocol.Course;
import org.regimen.protocol.Interval;
import org.regimen.protocol.SessionRule;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableTreatmentRequest;
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

  /**
   * The first row that matches for the areas planned (a per-area severity of an area left out does
   * not choose the row, issue 12); the loader guarantees the last row matches anything.
   */
  static CourseChoice choose(Course course, TreatmentRequest request, List<BodyArea> planned) {
    boolean perArea = request.assessment().map(a -> !a.areas().isEmpty()).orElse(false);
    if (perArea && !planned.isEmpty() && !planned.equals(request.areas())) {
      return choose(course, ImmutableTreatmentRequest.copyOf(request).withAreas(planned), planned.size());
    }
    return choose(course, request, planned.size());
  }

  private static CourseChoice choose(Course course, TreatmentRequest request, int plannedAreas) {
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
