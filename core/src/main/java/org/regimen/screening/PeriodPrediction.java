package org.regimen.screening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.request.MenstrualCycle;

/** Predicts period days from cycle data: periods start every {@code cycleDays} from the last start. */
final class PeriodPrediction {
  /** How far past the first possible session day periods are predicted. */
  /**
   * Days predicted past the first possible session: the scheduler's search horizon (730 days) plus a
   * year, since session 1 may wait for preparation lead times and visits beyond that first day.
   */
  static final int HORIZON_DAYS = 730 + 365;

  private PeriodPrediction() {}

  /** Predicted periods that end on or after {@code from} and start on or before {@code to}. */
  static List<DateRange> between(MenstrualCycle cycle, LocalDate from, LocalDate to) {
    if (!cycle.predictable()) {
      return List.of(); // an irregular cycle, or none: nothing to predict
    }
    int cycleDays = Math.max(1, cycle.cycleDays().get());
    int periodDays = Math.max(1, cycle.periodDays().get());
    LocalDate lastStart = cycle.lastStart().get();
    long cyclesBefore = ChronoUnit.DAYS.between(lastStart, from) / cycleDays - 1;
    LocalDate start = lastStart.plusDays(cyclesBefore * cycleDays);
    List<DateRange> ranges = new ArrayList<>();
    while (!start.isAfter(to)) {
      LocalDate end = start.plusDays(periodDays - 1L);
      if (!end.isBefore(from)) {
        ranges.add(DateRange.ofClosed(start, end));
      }
      start = start.plusDays(cycleDays);
    }
    return ranges;
  }
}
