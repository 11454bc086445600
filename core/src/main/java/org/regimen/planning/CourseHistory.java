package org.regimen.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.PastSessionStatus;
import org.regimen.protocol.Interval;
import org.regimen.protocol.LongBreakRule;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Sourced;
import org.regimen.request.BodyArea;
import org.regimen.request.PastSession;
import org.regimen.request.TreatmentRequest;

/**
 * The past sessions of a request judged against one course, the way an immunization forecaster
 * judges past doses: in date order, a session of this treatment in the requested areas counts
 * unless it came inside the minimum interval after the previous counted one; a counted session
 * after a break longer than the protocol's long-break rule is marked and raises a reassessment
 * finding ({@link HistoryFindings}). Sessions of another treatment, or in none of the requested
 * areas, are a different course. Immutable once built.
 */
final class CourseHistory {
  static final CourseHistory NONE = new CourseHistory(List.of(), List.of(), false, Optional.empty());

  private final List<EvaluatedSession> entries;
  private final List<LocalDate> counted;
  private final boolean longBreakInside;
  private final Optional<LocalDate> lastGiven;

  private CourseHistory(
      List<EvaluatedSession> entries, List<LocalDate> counted, boolean longBreakInside, Optional<LocalDate> lastGiven) {
    this.entries = List.copyOf(entries);
    this.counted = List.copyOf(counted);
    this.longBreakInside = longBreakInside;
    this.lastGiven = lastGiven;
  }

  /**
   * The latest session of this course actually given, counted or not: one that came too soon still
   * touched the skin, so the next session keeps the minimum interval from it too.
   */
  Optional<LocalDate> lastGiven() {
    return lastGiven;
  }

  /** Each past session judged, in date order (the request's order among sessions on one day). */
  List<EvaluatedSession> entries() {
    return entries;
  }

  /** The dates of the counted sessions, in order: session 1 of the course is the first. */
  List<LocalDate> counted() {
    return counted;
  }

  Optional<LocalDate> lastCounted() {
    return counted.isEmpty() ? Optional.empty() : Optional.of(counted.get(counted.size() - 1));
  }

  /** Whether a counted session came after a break longer than the long-break rule allows. */
  boolean longBreakInside() {
    return longBreakInside;
  }

  /**
   * The first session of this course in the history, without judging intervals: it is always
   * counted (nothing before it can make it too soon), so screening can date "before session 1"
   * rules from it before the course's row is chosen.
   */
  static Optional<LocalDate> courseBegan(TreatmentRequest request, String treatment) {
    LocalDate first = null;
    if (request.history().isPresent()) {
      for (PastSession past : request.history().get().sessions()) {
        if (inCourse(past, request, treatment) && (first == null || past.date().isBefore(first))) {
          first = past.date();
        }
      }
    }
    return Optional.ofNullable(first);
  }

  static CourseHistory evaluate(
      Protocol protocol,
      String treatment,
      Interval interval,
      Optional<LongBreakRule> longBreak,
      TreatmentRequest request) {
    if (request.history().isEmpty() || request.history().get().sessions().isEmpty()) {
      return NONE;
    }
    List<PastSession> sorted = new ArrayList<>(request.history().get().sessions());
    sorted.sort(Comparator.comparing(PastSession::date)); // stable: a day keeps the request's order
    List<EvaluatedSession> entries = new ArrayList<>(sorted.size());
    List<LocalDate> counted = new ArrayList<>(sorted.size());
    boolean longBreakInside = false;
    LocalDate lastGiven = null;
    Sourced<Integer> min = interval.minDays();
    for (PastSession past : sorted) {
      if (!inCourse(past, request, treatment)) {
        entries.add(notInCourse(past, treatment));
        continue;
      }
      long gap =
          counted.isEmpty()
              ? Long.MAX_VALUE
              : ChronoUnit.DAYS.between(counted.get(counted.size() - 1), past.date());
      lastGiven = past.date();
      if (gap < min.value()) {
        entries.add(tooSoon(past, gap, protocol, min));
        continue;
      }
      counted.add(past.date());
      boolean afterLongBreak =
          counted.size() > 1 && longBreak.isPresent() && gap > longBreak.get().afterDays().value();
      longBreakInside |= afterLongBreak;
      entries.add(
          afterLongBreak
              ? afterLongBreak(past, counted.size(), gap, longBreak.get())
              : entry(past, true, PastSessionStatus.COUNTED, "Counted as session " + counted.size() + " of the course."));
    }
    return new CourseHistory(entries, counted, longBreakInside, Optional.ofNullable(lastGiven));
  }

  private static EvaluatedSession notInCourse(PastSession past, String treatment) {
    return entry(past, false, PastSessionStatus.NOT_IN_COURSE,
        past.treatment().equals(treatment)
            ? "None of this plan's areas were treated: a separate course."
            : "Another treatment: not part of this course.");
  }

  private static EvaluatedSession tooSoon(PastSession past, long gap, Protocol protocol, Sourced<Integer> min) {
    return entry(past, false, PastSessionStatus.TOO_SOON,
        "Not counted: " + days(gap) + " after the previous counted session, inside the"
            + " minimum interval of " + days(min.value()) + " (" + SourceLabels.label(protocol, min.basis())
            + ": \"" + min.basis().words() + "\").");
  }

  private static EvaluatedSession afterLongBreak(PastSession past, int number, long gap, LongBreakRule longBreak) {
    return entry(past, true, PastSessionStatus.AFTER_LONG_BREAK,
        "Counted as session " + number + ", after a break of " + days(gap)
            + ", longer than the " + days(longBreak.afterDays().value())
            + " after which the course is reassessed (see the findings).");
  }

  private static EvaluatedSession entry(PastSession past, boolean counted, PastSessionStatus status, String text) {
    return EvaluatedSession.builder()
        .date(past.date())
        .treatment(past.treatment())
        .counted(counted)
        .status(status)
        .text(text)
        .build();
  }

  /** A session of this treatment that treated at least one requested area (or did not record areas). */
  private static boolean inCourse(PastSession past, TreatmentRequest request, String treatment) {
    if (!past.treatment().equals(treatment)) {
      return false;
    }
    if (past.areas().isEmpty()) {
      return true; // not recorded: taken as this course's session, the usual case
    }
    for (BodyArea area : past.areas()) {
      if (request.areas().contains(area)) {
        return true;
      }
    }
    return false;
  }

  private static String days(long count) {
    return count == 1 ? "1 day" : count + " days";
  }
}
