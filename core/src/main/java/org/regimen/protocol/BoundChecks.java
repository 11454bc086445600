package org.regimen.protocol;

import java.util.Optional;
import java.util.function.BiConsumer;
import org.regimen.protocol.SafetyBounds.CourseBounds;
import org.regimen.protocol.SafetyBounds.LabTestBound;

/**
 * Whether a course or a laboratory rule lies within its safety bounds. Shared by the protocol's own
 * check and a variant's: each problem goes to {@code sink} as (key of the value, message), the key
 * in the protocol format's names ({@code interval.minDays}, {@code sessionRules[1].sessions}), so
 * each caller reports it at its own path. Messages name the bound; {@link #describe} adds its source.
 */
final class BoundChecks {
  /** Days in the year a per-year bound counts sessions over. */
  static final int YEAR_DAYS = 365;

  private BoundChecks() {}

  static void course(
      Course course, CourseBounds bounds, String boundPath, BiConsumer<String, String> sink) {
    int floor = bounds.minIntervalDays().value();
    String intervalBound = boundPath + ".minIntervalDays";
    checkInterval(course.interval(), "interval", floor, intervalBound, bounds, sink);
    for (int i = 0; i < course.sessionRules().size(); i++) {
      SessionRule rule = course.sessionRules().get(i);
      String key = "sessionRules[" + i + "]";
      rule.interval().ifPresent(v -> checkInterval(v, key + ".interval", floor, intervalBound, bounds, sink));
    }
    int perCourse = bounds.maxSessionsPerCourse().value();
    if (course.sessionCount().value().max() > perCourse) {
      sink.accept(
          "sessionCount",
          "the most sessions, " + course.sessionCount().value().max() + ", must be at most "
              + perCourse + ": " + describe(boundPath + ".maxSessionsPerCourse", bounds.maxSessionsPerCourse()));
    }
    int shortest = shortestInterval(course);
    int inAYear = Math.min(course.sessionCount().value().max(), 1 + (YEAR_DAYS - 1) / shortest);
    int perYear = bounds.maxSessionsPerYear().value();
    if (inAYear > perYear) {
      sink.accept(
          "sessionCount",
          inAYear + " sessions could fall within one year (" + course.sessionCount().value().max()
              + " at least " + shortest + " days apart); must be at most " + perYear + ": "
              + describe(boundPath + ".maxSessionsPerYear", bounds.maxSessionsPerYear()));
    }
    Optional<Sourced<Integer>> fasting = bounds.minFastingHours();
    if (fasting.isPresent()) {
      int hours = course.fastingHours().map(Sourced::value).orElse(0);
      if (hours < fasting.get().value()) {
        sink.accept(
            "fastingHours",
            (course.fastingHours().isEmpty() ? "must not be removed" : "must be at least " + fasting.get().value() + " hours")
                + ": " + describe(boundPath + ".minFastingHours", fasting.get()));
      }
    }
  }

  static void labTest(
      ScreeningRule rule, LabTestBound bound, String boundPath, BiConsumer<String, String> sink) {
    int ceiling = bound.maxResultAgeDays().value();
    rule.maxResultAgeDays()
        .filter(age -> age.value() > ceiling)
        .ifPresent(
            age ->
                sink.accept(
                    "maxResultAgeDays",
                    "a result may be at most " + ceiling + " days old, not " + age.value() + ": "
                        + describe(boundPath + ".maxResultAgeDays", bound.maxResultAgeDays())));
  }

  /** The shortest gap the course allows, over its own interval and every row's. */
  static int shortestInterval(Course course) {
    int shortest = course.interval().minDays().value();
    for (SessionRule rule : course.sessionRules()) {
      if (rule.interval().isPresent()) {
        shortest = Math.min(shortest, rule.interval().get().minDays().value());
      }
    }
    return shortest;
  }

  private static void checkInterval(
      Interval interval, String key, int floor, String boundPath, CourseBounds bounds,
      BiConsumer<String, String> sink) {
    if (interval.minDays().value() < floor) {
      sink.accept(
          key + ".minDays",
          "must be at least " + floor + " days, not " + interval.minDays().value() + ": "
              + describe(boundPath, bounds.minIntervalDays()));
    }
  }

  /** {@code bound bounds.courses[0].minIntervalDays (source ibrahim2015: "the words")}. */
  static String describe(String boundPath, Sourced<Integer> bound) {
    return describeAny(boundPath, bound);
  }

  static String describeAny(String boundPath, Sourced<?> bound) {
    // A variant's bound path carries its protocol after '|': "bounds.courses[0]|prp 1.3.0".
    int bar = boundPath.indexOf('|');
    String named = bar < 0 ? boundPath : boundPath.substring(0, bar) + pathTail(boundPath, bar) + " of " + boundPath.substring(bar + 1, tailStart(boundPath, bar));
    return "bound " + named + " (source " + bound.basis().source() + ": \"" + bound.basis().words() + "\")";
  }

  private static int tailStart(String path, int bar) {
    int dot = path.lastIndexOf('.');
    dot = dot < bar ? -1 : dot;
    return dot < 0 ? path.length() : dot;
  }

  private static String pathTail(String path, int bar) {
    return path.substring(tailStart(path, bar));
  }
}
