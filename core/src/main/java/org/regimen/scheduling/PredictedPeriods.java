package org.regimen.scheduling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SortedSet;
import java.util.TreeSet;
import org.regimen.dates.DateRange;
import org.regimen.request.MenstrualCycle;

/**
 * Turns cycle data into the predicted period days a {@link ScheduleRequest} avoids. A prediction
 * only: a regular cycle from the last start, which is why sessions near one say "confirm on the
 * day".
 */
public final class PredictedPeriods {
  private PredictedPeriods() {}

  /**
   * The predicted period days within {@code within}: periods start every {@code cycleDays} from
   * {@code lastStart} (the last known one included, as it may not be over) and last {@code
   * periodDays}. Pass the scheduler's whole search, {@code firstAllowedDay} through {@code
   * firstAllowedDay + horizonDays - 1}, so no day it may choose is left out.
   */
  public static SortedSet<LocalDate> within(MenstrualCycle cycle, DateRange within) {
    SortedSet<LocalDate> days = new TreeSet<>();
    long sinceLastStart = ChronoUnit.DAYS.between(cycle.lastStart(), within.from());
    // The first period that can still reach {@code within}: skip whole cycles that end before it.
    long firstCycle = Math.max(0, Math.floorDiv(sinceLastStart - cycle.periodDays() + 1, cycle.cycleDays()));
    for (LocalDate start = cycle.lastStart().plusDays(firstCycle * cycle.cycleDays());
        !start.isAfter(within.to());
        start = start.plusDays(cycle.cycleDays())) {
      for (int day = 0; day < cycle.periodDays(); day++) {
        LocalDate date = start.plusDays(day);
        if (within.contains(date)) {
          days.add(date);
        }
      }
    }
    return days;
  }
}
