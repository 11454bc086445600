package org.regimen.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.plan.AdjustmentReason;

/**
 * What a combined plan imposes on one of its courses beyond the request: a first day (after the
 * course it follows, or the combination's common earliest start) and the days other courses hold.
 *
 * @param notBefore session 1 is not placed before this day
 * @param reason why, for the adjustment when {@code notBefore} moves session 1
 * @param text the adjustment's text, free of patient data
 * @param blocked days no session may take (the other courses' sessions and windows)
 */
record CourseConstraints(
    Optional<LocalDate> notBefore, AdjustmentReason reason, String text, List<DateRange> blocked) {
  static final CourseConstraints NONE =
      new CourseConstraints(Optional.empty(), AdjustmentReason.DEFERRAL, "", List.of());

  CourseConstraints {
    blocked = List.copyOf(blocked);
  }
}
