package org.regimen.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.plan.Finding;
import org.regimen.protocol.Course;
import org.regimen.protocol.Interval;
import org.regimen.protocol.LongBreakRule;
import org.regimen.protocol.Protocol;
import org.regimen.request.CourseResponse;
import org.regimen.request.TreatmentRequest;
import org.regimen.scheduling.Rhythm;

/**
 * Where a course stands given the request's history: the past sessions judged, how many count, the
 * course's count (a partial response extends it where the protocol says so) and how many remain,
 * and the findings the history raises before any date is planned.
 */
final class CourseProgress {
  private final CourseHistory history;
  private final int total;
  private final List<Finding> findings;
  private final Optional<LongBreakRule> longBreak;
  private final Interval interval;

  private CourseProgress(
      CourseHistory history, int total, List<Finding> findings, Optional<LongBreakRule> longBreak, Interval interval) {
    this.history = history;
    this.total = total;
    this.findings = List.copyOf(findings);
    this.longBreak = longBreak;
    this.interval = interval;
  }

  static CourseProgress of(
      Protocol protocol, String treatment, Course course, CourseChoice choice, TreatmentRequest request) {
    Optional<LongBreakRule> longBreak = course.progress().longBreak();
    CourseHistory history =
        CourseHistory.evaluate(protocol, treatment, choice.interval(), longBreak, request);
    int total = choice.sessions();
    int extendedTo = 0;
    boolean partial =
        request.history().flatMap(h -> h.response()).filter(r -> r == CourseResponse.PARTIAL).isPresent();
    if (partial && course.progress().partialResponseSessions().isPresent()) {
      extendedTo = Math.max(total, course.progress().partialResponseSessions().get().value());
      total = extendedTo;
    }
    List<Finding> findings = new ArrayList<>();
    if (request.history().isPresent()) {
      findings.addAll(HistoryFindings.of(protocol, course, request.history().get(), extendedTo));
    }
    if (longBreak.isPresent() && history.counted().size() > 1) {
      // The latest gap of the course was a long break: the reassessment is due now.
      List<LocalDate> counted = history.counted();
      long lastGap = ChronoUnit.DAYS.between(counted.get(counted.size() - 2), counted.get(counted.size() - 1));
      if (lastGap > longBreak.get().afterDays().value()) {
        findings.add(HistoryFindings.longBreak(protocol, longBreak.get()));
      }
    }
    return new CourseProgress(history, total, findings, longBreak, choice.interval());
  }

  CourseHistory history() {
    return history;
  }

  /** Sessions of this course already given (counted). */
  int done() {
    return history.counted().size();
  }

  /** Sessions still to plan; 0 or less when the course is complete. */
  int remaining() {
    return total - done();
  }

  /** The course began and every session it needs is done. */
  boolean complete() {
    return done() > 0 && remaining() <= 0;
  }

  List<Finding> findings() {
    return findings;
  }

  /**
   * The day the next session aims at from the sessions given, as the scheduler places it: the
   * rhythm from session 1, but never closer than the minimum gap to the last one.
   */
  Optional<LocalDate> rhythmTarget() {
    if (done() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Rhythm.after(history.counted(), interval.minDays().value(), interval.preferredDays().value(),
                interval.maxDays().value())
            .nextDay());
  }

  /**
   * The long-break finding when the next session comes after a break the rule does not allow and
   * no finding says so yet; empty otherwise.
   */
  Optional<Finding> breakBefore(Protocol protocol, LocalDate nextSession) {
    if (longBreak.isEmpty() || history.lastCounted().isEmpty()
        || findings.stream().anyMatch(f -> f.code().equals(HistoryFindings.LONG_BREAK))) {
      return Optional.empty();
    }
    long gap = ChronoUnit.DAYS.between(history.lastCounted().get(), nextSession);
    return gap > longBreak.get().afterDays().value()
        ? Optional.of(HistoryFindings.longBreak(protocol, longBreak.get()))
        : Optional.empty();
  }
}
