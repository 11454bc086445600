package org.regimen.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.regimen.dates.DateRange;
import org.regimen.plan.Adjustment;
import org.regimen.plan.Conflict;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.ImmutableCalendarConstraints;
import org.regimen.request.ImmutableCalendarEvent;

/**
 * The design's invariants over random calendars and courses. Every check reads the request's own
 * collections with plain {@link LocalDate} arithmetic, never the scheduler's compiled calendar, so
 * a mistake there cannot hide itself.
 */
class SchedulerProperties {
  private static final int EXAMPLES = 2_000;
  private static final LocalDate BASE = LocalDate.of(2027, 1, 1);
  private static final String EVENT_NAME = "secret-wedding";
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Test
  void sessionDatesRespectEveryConstraint() {
    qt().withExamples(EXAMPLES)
        .forAll(requests())
        .checkAssert(
            request -> {
              Schedule schedule = Scheduler.schedule(request);
              List<LocalDate> dates = schedule.dates();
              for (LocalDate date : dates) {
                assertThat(blocked(request, date)).as("session on %s is blocked", date).isFalse();
              }
              if (!dates.isEmpty()) {
                assertThat(dates.get(0)).isAfterOrEqualTo(request.firstAllowedDay());
                assertThat(dates.get(dates.size() - 1))
                    .isBefore(request.firstAllowedDay().plusDays(request.horizonDays()));
              }
            });
  }

  @Test
  void gapsStayWithinTheIntervalUnlessAnAdjustmentSaysWhy() {
    qt().withExamples(EXAMPLES)
        .forAll(requests())
        .checkAssert(
            request -> {
              Schedule schedule = Scheduler.schedule(request);
              List<LocalDate> dates = schedule.dates();
              for (int i = 1; i < dates.size(); i++) {
                int session = i + 1;
                long gap = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i));
                assertThat(gap).as("gap before session %d", session).isPositive();
                assertThat(gap).isGreaterThanOrEqualTo(request.minGapDays());
                if (gap > request.maxGapDays()) {
                  assertThat(schedule.adjustments())
                      .as("session %d's stretched gap is explained", session)
                      .anyMatch(a -> a.session() == session && a.text().contains("beyond the maximum"));
                }
              }
            });
  }

  @Test
  void sessionOneIsTheFirstAllowedDay() {
    qt().withExamples(EXAMPLES)
        .forAll(requests())
        .checkAssert(
            request -> {
              Schedule schedule = Scheduler.schedule(request);
              if (schedule.possible()) {
                for (LocalDate day = request.firstAllowedDay();
                    day.isBefore(schedule.dates().get(0));
                    day = day.plusDays(1)) {
                  assertThat(blocked(request, day)).as("free day %s skipped", day).isTrue();
                }
              }
            });
  }

  @Test
  void allSessionsOrNoneAndAConflictSaysWhy() {
    qt().withExamples(EXAMPLES)
        .forAll(requests())
        .checkAssert(
            request -> {
              Schedule schedule = Scheduler.schedule(request);
              if (schedule.dates().isEmpty()) {
                assertThat(schedule.conflicts()).isNotEmpty();
                assertThat(schedule.conflicts())
                    .allSatisfy(c -> assertThat(c.session()).hasValueSatisfying(s -> assertThat(s).isBetween(1, request.sessionCount())));
              } else {
                assertThat(schedule.dates()).hasSize(request.sessionCount());
              }
              assertThat(schedule.adjustments())
                  .extracting(Adjustment::session)
                  .allSatisfy(s -> assertThat(s).isBetween(1, request.sessionCount()));
            });
  }

  @Test
  void textsCarryNoPatientData() {
    qt().withExamples(EXAMPLES)
        .forAll(requests())
        .checkAssert(
            request -> {
              Schedule schedule = Scheduler.schedule(request);
              for (Adjustment adjustment : schedule.adjustments()) {
                assertNoPatientData(adjustment.text());
              }
              for (Conflict conflict : schedule.conflicts()) {
                assertNoPatientData(conflict.text());
              }
            });
  }

  @Test
  void theSameRequestAlwaysGivesTheSameSchedule() {
    qt().withExamples(EXAMPLES)
        .forAll(requests())
        .checkAssert(
            request -> {
              ScheduleRequest copy = ScheduleRequest.builder().from(request).build();
              assertThat(Scheduler.schedule(copy)).isEqualTo(Scheduler.schedule(request));
            });
  }

  private static void assertNoPatientData(String text) {
    assertThat(text).doesNotContain(EVENT_NAME).doesNotContainPattern(ISO_DATE);
  }

  /** The oracle: whether a session may not fall on {@code day}, straight from the request. */
  private static boolean blocked(ScheduleRequest request, LocalDate day) {
    CalendarConstraints calendar = request.calendar();
    if (!calendar.openDays().contains(day.getDayOfWeek())
        || calendar.closedDates().contains(day)
        || request.predictedPeriods().stream().anyMatch(p -> p.contains(day))
        || calendar.unavailable().stream().anyMatch(r -> r.contains(day))) {
      return true;
    }
    DateRange clearance = DateRange.ofClosed(day, day.plusDays(request.eventClearanceDays()));
    return calendar.events().stream().anyMatch(e -> e.days().overlaps(clearance));
  }

  private static Gen<ScheduleRequest> requests() {
    return ((Gen<ScheduleRequest>) SchedulerProperties::request).describedAs(SchedulerProperties::describe);
  }

  private static ScheduleRequest request(RandomnessSource in) {
    LocalDate first = BASE.plusDays(between(in, 0, 365));
    int min = between(in, 1, 14);
    int preferred = min + between(in, 0, 14);
    int max = preferred + between(in, 0, 21);
    // Mostly courses that fit in the horizon, sometimes a horizon too short for them.
    int horizon = chance(in, 10) ? between(in, 1, 120) : between(in, 200, ScheduleRequest.DEFAULT_HORIZON_DAYS);

    ImmutableCalendarConstraints.Builder calendar = CalendarConstraints.builder().openDays(openDays(in));
    for (int i = between(in, 0, 20); i > 0; i--) {
      calendar.addClosedDates(first.plusDays(between(in, -10, 400)));
    }
    for (int i = between(in, 0, 4); i > 0; i--) {
      LocalDate from = first.plusDays(between(in, -30, 400));
      calendar.addUnavailable(DateRange.ofClosed(from, from.plusDays(between(in, 0, chance(in, 5) ? 800 : 30))));
    }
    for (int i = between(in, 0, 4); i > 0; i--) {
      LocalDate from = first.plusDays(between(in, -5, 400));
      calendar.addEvents(
          ImmutableCalendarEvent.builder()
              .days(DateRange.ofClosed(from, from.plusDays(between(in, 0, 3))))
              .name(EVENT_NAME)
              .build());
    }

    ImmutableScheduleRequest.Builder request =
        ScheduleRequest.builder()
            .sessionCount(chance(in, 10) ? 26 : between(in, 1, 10))
            .minGapDays(min)
            .preferredGapDays(preferred)
            .maxGapDays(max)
            .firstAllowedDay(first)
            .eventClearanceDays(between(in, 0, 5))
            .horizonDays(horizon)
            .calendar(calendar.build());
    if (booleans().all().generate(in)) {
      // A regular cycle predicted across the whole horizon, as the planner would supply it.
      int cycle = between(in, 21, 35);
      int period = between(in, 2, 7);
      LocalDate start = first.minusDays(between(in, 0, cycle - 1));
      for (LocalDate cycleStart = start;
          cycleStart.isBefore(first.plusDays(horizon));
          cycleStart = cycleStart.plusDays(cycle)) {
        request.addPredictedPeriods(DateRange.ofClosed(cycleStart, cycleStart.plusDays(period - 1)));
      }
    }
    return request.build();
  }

  private static EnumSet<DayOfWeek> openDays(RandomnessSource in) {
    if (chance(in, 3)) {
      return EnumSet.noneOf(DayOfWeek.class);
    }
    EnumSet<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (between(in, 0, 99) < 75) {
        open.add(day);
      }
    }
    return open;
  }

  private static int between(RandomnessSource in, int from, int to) {
    return integers().between(from, to).generate(in);
  }

  /** True about {@code percent} times in a hundred. */
  private static boolean chance(RandomnessSource in, int percent) {
    return between(in, 0, 99) < percent;
  }

  /** Test data is synthetic, so the failure report shows everything the redacted toString hides. */
  private static String describe(ScheduleRequest r) {
    CalendarConstraints c = r.calendar();
    return "sessions=" + r.sessionCount() + " gaps=" + r.minGapDays() + "/" + r.preferredGapDays() + "/"
        + r.maxGapDays() + " first=" + r.firstAllowedDay() + " horizon=" + r.horizonDays()
        + " clearance=" + r.eventClearanceDays() + " open=" + c.openDays() + " closed="
        + c.closedDates() + " unavailable=" + ranges(c.unavailable()) + " events="
        + ranges(c.events().stream().map(CalendarEvent::days).toList()) + " periods="
        + r.predictedPeriods();
  }

  private static String ranges(List<DateRange> ranges) {
    return ranges.stream().map(d -> d.from() + ".." + d.to()).toList().toString();
  }
}
