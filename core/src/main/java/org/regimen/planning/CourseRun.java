package org.regimen.planning;

import java.time.LocalDate;
import java.util.List;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.ScreeningResult;

/**
 * What the planning of one course works from, the value every later stage of {@link CoursePlanner}
 * reads: the screening, the row of the session table, the past sessions judged against it and the
 * findings they add.
 */
record CourseRun(
    Protocol protocol,
    Course course,
    TreatmentRequest request,
    CourseConstraints extra,
    ScreeningResult screened,
    CourseChoice choice,
    CourseProgress progress,
    Eligibility eligibility) {
  List<BodyArea> areas() {
    return screened.remainingAreas();
  }

  List<LocalDate> done() {
    return progress.history().counted();
  }

  /** The number of the first session to plan, after the counted ones. */
  int next() {
    return done().size() + 1;
  }

  boolean plannable() {
    return screened.sessionsAllowed()
        && eligibility.status() != EligibilityStatus.INELIGIBLE
        && !areas().isEmpty();
  }
}
