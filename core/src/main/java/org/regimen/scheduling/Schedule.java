package org.regimen.scheduling;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.Adjustment;
import org.regimen.plan.Conflict;

/**
 * The scheduler's answer: every session's date, or none at all. A schedule is never partial: when
 * some session has no allowed day, {@code dates} is empty and {@code conflicts} says which
 * constraint blocked which session.
 */
@Value.Immutable
@RegimenStyle
public interface Schedule {
  /** Session dates in order (session 1 first), strictly increasing; empty when impossible. */
  List<LocalDate> dates();

  /**
   * For each session (same order as {@code dates}), the days of its further visits when the
   * session is split over {@link ScheduleRequest#visitsPerSession()} visits; empty lists otherwise.
   * Each further visit takes a later day than the one before it, and the same visit of the next
   * session keeps the minimum gap after it.
   */
  List<List<LocalDate>> furtherVisits();

  /** What the scheduler changed and why: moved sessions, stretched gaps, skipped weeks. */
  List<Adjustment> adjustments();

  /**
   * Constraints that could not be met; never empty when {@code dates} is. With dates, a conflict
   * names a session whose soft constraint (its healing off an absence of the patient) no free day
   * could keep.
   */
  List<Conflict> conflicts();

  /** Whether every session got a date. */
  default boolean possible() {
    return !dates().isEmpty();
  }

  static ImmutableSchedule.Builder builder() {
    return ImmutableSchedule.builder();
  }

  @Value.Check
  default void check() {
    if (dates().isEmpty() && conflicts().isEmpty()) {
      throw new IllegalStateException("conflicts: must say why when there are no dates");
    }
    for (int i = 1; i < dates().size(); i++) {
      if (!dates().get(i).isAfter(dates().get(i - 1))) {
        throw new IllegalStateException("dates: must strictly increase");
      }
    }
  }
}
