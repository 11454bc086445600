package org.regimen.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;

/**
 * The calendar of one request, compiled for a cheap day test: days are epoch-day numbers, dates
 * sorted arrays and ranges merged, sorted arrays, so a test is a bit mask and a few binary searches
 * and allocates nothing. Built once per request and never shared, so it needs no locking.
 */
final class BlockedDays {
  private final int openWeekdays;
  private final long[] closedDates;
  private final Ranges unavailable;
  /** The patient's absences of {@link ScheduleRequest#ABSENCE_MIN_DAYS} days or more. */
  private final Ranges absences;
  private final int absenceHealingDays;
  private final Ranges periods;
  private final Ranges events;
  /** Events of each kind, by {@code EventKind.ordinal()}, and the windows each kind meets. */
  private final Ranges[] eventsByKind;
  private final int[][] windowsByKind;
  private final int eventClearanceDays;
  private final Ranges otherTreatment;

  private BlockedDays(ScheduleRequest request) {
    CalendarConstraints calendar = request.calendar();
    int mask = 0;
    for (DayOfWeek day : calendar.openDays()) {
      mask |= 1 << day.ordinal();
    }
    this.openWeekdays = mask;
    this.closedDates = toEpochDays(calendar.closedDates());
    this.unavailable = Ranges.merge(calendar.unavailable());
    this.absences = unavailable.atLeast(ScheduleRequest.ABSENCE_MIN_DAYS);
    this.absenceHealingDays = request.absenceHealingDays();
    this.periods = Ranges.merge(request.predictedPeriods());
    List<DateRange> eventDays = new ArrayList<>(calendar.events().size());
    for (CalendarEvent event : calendar.events()) {
      eventDays.add(event.days());
    }
    this.events = Ranges.merge(eventDays);
    org.regimen.request.EventKind[] kinds = org.regimen.request.EventKind.values();
    this.eventsByKind = new Ranges[kinds.length];
    this.windowsByKind = new int[kinds.length][];
    if (!request.eventWindows().isEmpty()) {
      for (org.regimen.request.EventKind kind : kinds) {
        List<DateRange> ofKind = new ArrayList<>();
        for (CalendarEvent event : calendar.events()) {
          if (event.kind() == kind) {
            ofKind.add(event.days());
          }
        }
        List<EventWindow> windows =
            request.eventWindows().stream().filter(w -> w.kind() == kind).toList();
        eventsByKind[kind.ordinal()] = Ranges.merge(ofKind);
        int[] flat = new int[windows.size() * 2];
        for (int i = 0; i < windows.size(); i++) {
          flat[2 * i] = windows.get(i).fromOffset();
          flat[2 * i + 1] = windows.get(i).toOffset();
        }
        windowsByKind[kind.ordinal()] = flat;
      }
    }
    this.eventClearanceDays = request.eventClearanceDays();
    this.otherTreatment = Ranges.merge(request.blockedRanges());
  }

  static BlockedDays of(ScheduleRequest request) {
    return new BlockedDays(request);
  }

  /** Whether the clinic opens on at least one day of the week; if not, no search can succeed. */
  boolean anyOpenWeekday() {
    return openWeekdays != 0;
  }

  /** The first reason, in order of precedence, that {@code day} cannot take a session; null if free. */
  Blocker firstBlocker(long day) {
    for (Blocker blocker : Blocker.ALL) {
      if (blocks(blocker, day)) {
        return blocker;
      }
    }
    return null;
  }

  boolean blocks(Blocker blocker, long day) {
    switch (blocker) {
      case CLOSED_WEEKDAY:
        return (openWeekdays & (1 << weekdayIndex(day))) == 0;
      case CLOSED_DATE:
        return Arrays.binarySearch(closedDates, day) >= 0;
      case PATIENT_UNAVAILABLE:
        return unavailable.overlaps(day, day);
      case ABSENCE_HEALING:
        return absenceHealingDays > 0 && absences.overlaps(day, day + absenceHealingDays);
      case MENSTRUATION:
        return periods.overlaps(day, day);
      case EVENT:
        if (eventsByKind[0] == null) {
          return events.overlaps(day, day + eventClearanceDays);
        }
        for (int kind = 0; kind < eventsByKind.length; kind++) {
          int[] windows = windowsByKind[kind];
          for (int i = 0; i < windows.length; i += 2) {
            if (eventsByKind[kind].overlaps(day + windows[i], day + windows[i + 1])) {
              return true;
            }
          }
        }
        return false;
      case OTHER_TREATMENT:
        return otherTreatment.overlaps(day, day);
      default:
        throw new AssertionError(blocker);
    }
  }

  /**
   * What a session split over visits from {@code first} to {@code last} would meet between its
   * visits, an absence or an event, or null: its aftercare and healing run from the first visit
   * through the last one's end, and each visit day alone was checked only with its own windows.
   */
  Blocker splitSessionBlocker(long first, long last) {
    if (absenceHealingDays > 0 && absences.overlaps(first, last + absenceHealingDays)) {
      return Blocker.ABSENCE_HEALING;
    }
    if (eventsByKind[0] == null) {
      return events.overlaps(first, last + eventClearanceDays) ? Blocker.EVENT : null;
    }
    for (int kind = 0; kind < eventsByKind.length; kind++) {
      int[] windows = windowsByKind[kind];
      for (int i = 0; i < windows.length; i += 2) {
        // Windows after the session day (aftercare, healing) reach from the first visit to the last.
        if (windows[i + 1] >= 0
            && eventsByKind[kind].overlaps(first + Math.max(0, windows[i]), last + windows[i + 1])) {
          return Blocker.EVENT;
        }
      }
    }
    return null;
  }

  /** Monday = 0, as {@link DayOfWeek#ordinal()}; epoch day 0 (1970-01-01) was a Thursday. */
  private static int weekdayIndex(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  private static long[] toEpochDays(Collection<LocalDate> sortedDates) {
    long[] days = new long[sortedDates.size()];
    int i = 0;
    for (LocalDate date : sortedDates) {
      days[i++] = date.toEpochDay();
    }
    return days;
  }

  /** Disjoint, sorted ranges of epoch days, both ends included. */
  private static final class Ranges {
    private final long[] from;
    private final long[] to;

    private Ranges(long[] from, long[] to) {
      this.from = from;
      this.to = to;
    }

    static Ranges merge(List<DateRange> ranges) {
      long[][] sorted = new long[ranges.size()][];
      for (int i = 0; i < sorted.length; i++) {
        DateRange range = ranges.get(i);
        sorted[i] = new long[] {range.from().toEpochDay(), range.to().toEpochDay()};
      }
      Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
      long[] from = new long[sorted.length];
      long[] to = new long[sorted.length];
      int count = 0;
      for (long[] range : sorted) {
        // Merging overlapping and touching ranges keeps both arrays sorted, so one binary search
        // finds the only range that can contain a day.
        if (count > 0 && range[0] <= to[count - 1] + 1) {
          to[count - 1] = Math.max(to[count - 1], range[1]);
        } else {
          from[count] = range[0];
          to[count] = range[1];
          count++;
        }
      }
      return new Ranges(Arrays.copyOf(from, count), Arrays.copyOf(to, count));
    }

    /** The ranges of at least {@code days} days. */
    Ranges atLeast(int days) {
      int count = 0;
      long[] f = new long[from.length];
      long[] t = new long[to.length];
      for (int i = 0; i < from.length; i++) {
        if (to[i] - from[i] + 1 >= days) {
          f[count] = from[i];
          t[count] = to[i];
          count++;
        }
      }
      return new Ranges(Arrays.copyOf(f, count), Arrays.copyOf(t, count));
    }

    /** Whether any range shares a day with {@code first..last}, both included. */
    boolean overlaps(long first, long last) {
      int found = Arrays.binarySearch(from, last);
      // The last range that starts on or before {@code last}; earlier ones also end earlier.
      int candidate = found >= 0 ? found : -found - 2;
      return candidate >= 0 && to[candidate] >= first;
    }
  }
}
