package org.regimen.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.dates.DateRange;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;

/**
 * Worked examples, each checked by hand against a calendar of 2027 (2027-01-11 is a Monday). They
 * are the scheduler's specification in miniature: read a row to see what a clinic would get.
 */
class SchedulerExamplesTest {
  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);
  private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  static Stream<Arguments> possibleSchedules() {
    return Stream.of(
        Arguments.of(
            "weekly course, clinic closed on Wednesdays, first allowed day a Wednesday",
            weekly(3, LocalDate.of(2027, 1, 13))
                .calendar(
                    CalendarConstraints.builder()
                        .openDays(EnumSet.complementOf(EnumSet.of(DayOfWeek.WEDNESDAY)))
                        .build())
                .build(),
            dates("2027-01-14", "2027-01-21", "2027-01-28"),
            List.of(move(1, AdjustmentReason.CLOSED_WEEKDAY, 1))),
        Arguments.of(
            "a closed date pushes session 3 by a day; session 4 keeps the Monday rhythm",
            weekly(4, MONDAY)
                .calendar(
                    CalendarConstraints.builder().addClosedDates(LocalDate.of(2027, 1, 25)).build())
                .build(),
            dates("2027-01-11", "2027-01-18", "2027-01-26", "2027-02-01"),
            List.of(move(3, AdjustmentReason.CLOSED_DATE, 1))),
        Arguments.of(
            "an unavailable fortnight stretches the gap past the maximum and skips two weeks",
            ScheduleRequest.builder()
                .sessionCount(3)
                .minGapDays(5)
                .preferredGapDays(7)
                .maxGapDays(10)
                .firstAllowedDay(MONDAY)
                .calendar(
                    CalendarConstraints.builder()
                        .openDays(WEEKDAYS)
                        .addUnavailable(range("2027-01-17", "2027-01-30"))
                        .build())
                .build(),
            // Session 2 came 14 days after its rhythm's day, beyond the slack of 3 (max 10 - preferred
            // 7): the rhythm starts anew from it, so session 3 aims at session 2 + 7 days, a Monday
            // (it does not rush back at the minimum gap of 5).
            dates("2027-01-11", "2027-02-01", "2027-02-08"),
            List.of(
                tuple(
                    2,
                    AdjustmentReason.PATIENT_UNAVAILABLE,
                    "moved 14 days later: the patient is unavailable on that date; this stretches"
                        + " the gap after session 1 to 21 days, beyond the maximum of 10 days"),
                tuple(2, AdjustmentReason.SKIPPED_WEEK, "2 weeks of the weekly course skipped"))),
        Arguments.of(
            "an event the day after session 2 moves it past the event's clearance window",
            weekly(3, MONDAY)
                .eventClearanceDays(2)
                .calendar(
                    CalendarConstraints.builder()
                        .addEvents(CalendarEvent.of(DateRange.ofDay(LocalDate.of(2027, 1, 19))))
                        .build())
                .build(),
            dates("2027-01-11", "2027-01-20", "2027-01-25"),
            List.of(move(2, AdjustmentReason.EVENT, 2))),
        Arguments.of(
            "predicted period days are avoided",
            weekly(3, MONDAY)
                .addPredictedPeriods(DateRange.ofClosed(LocalDate.of(2027, 1, 17), LocalDate.of(2027, 1, 19)))
                .build(),
            dates("2027-01-11", "2027-01-20", "2027-01-25"),
            List.of(move(2, AdjustmentReason.MENSTRUATION, 2))),
        Arguments.of(
            "a single session on the first allowed day",
            weekly(1, MONDAY).build(),
            dates("2027-01-11"),
            List.of()),
        Arguments.of(
            "a day closed twice reports the reason that comes first in precedence",
            weekly(1, LocalDate.of(2027, 1, 16))
                .calendar(
                    CalendarConstraints.builder()
                        .openDays(WEEKDAYS)
                        .addClosedDates(LocalDate.of(2027, 1, 16))
                        .build())
                .build(),
            dates("2027-01-18"),
            List.of(move(1, AdjustmentReason.CLOSED_WEEKDAY, 2))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("possibleSchedules")
  void schedulesTheWorkedExample(
      String description, ScheduleRequest request, List<LocalDate> expected, List<?> adjustments) {
    Schedule schedule = Scheduler.schedule(request);

    assertThat(schedule.dates()).containsExactlyElementsOf(expected);
    assertThat(schedule.conflicts()).isEmpty();
    assertThat(schedule.adjustments())
        .extracting(Adjustment::session, Adjustment::reason, Adjustment::text)
        .containsExactlyElementsOf(castTuples(adjustments));
  }

  static Stream<Arguments> impossibleSchedules() {
    return Stream.of(
        Arguments.of(
            "the clinic opens on no day of the week",
            weekly(3, MONDAY)
                .calendar(CalendarConstraints.builder().openDays(EnumSet.noneOf(DayOfWeek.class)).build())
                .build(),
            ConstraintKind.CLOSED_WEEKDAY,
            1),
        Arguments.of(
            "the patient is unavailable for the whole horizon",
            weekly(3, MONDAY)
                .calendar(
                    CalendarConstraints.builder()
                        .addUnavailable(range("2027-01-01", "2029-12-31"))
                        .build())
                .build(),
            ConstraintKind.PATIENT_UNAVAILABLE,
            1),
        Arguments.of(
            "the patient becomes unavailable after session 1, clinic open on Mondays only",
            weekly(3, MONDAY)
                .calendar(
                    CalendarConstraints.builder()
                        .openDays(EnumSet.of(DayOfWeek.MONDAY))
                        .addUnavailable(range("2027-01-12", "2029-12-31"))
                        .build())
                .build(),
            // Every day searched is unavailable; only some are closed weekdays.
            ConstraintKind.PATIENT_UNAVAILABLE,
            2),
        Arguments.of(
            "the course's gaps carry the last session past a short horizon",
            weekly(4, MONDAY).horizonDays(20).build(),
            ConstraintKind.NO_OPEN_DAY,
            4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossibleSchedules")
  void givesNoDatesAndNamesTheBlockingConstraint(
      String description, ScheduleRequest request, ConstraintKind constraint, int session) {
    Schedule schedule = Scheduler.schedule(request);

    assertThat(schedule.dates()).isEmpty();
    assertThat(schedule.possible()).isFalse();
    assertThat(schedule.conflicts())
        .extracting(Conflict::constraint, c -> c.session().orElseThrow())
        .containsExactly(tuple(constraint, session));
    assertThat(schedule.conflicts().get(0).text())
        .startsWith("no allowed day for session " + session + " within the ");
  }

  @Test
  void keepsTwentySixWeeklySessionsOnMondaysAroundEasterMonday() {
    LocalDate easterMonday = LocalDate.of(2027, 3, 29);
    ScheduleRequest request =
        weekly(26, MONDAY)
            .calendar(
                CalendarConstraints.builder().openDays(WEEKDAYS).addClosedDates(easterMonday).build())
            .build();

    Schedule schedule = Scheduler.schedule(request);

    List<LocalDate> expected = new ArrayList<>();
    for (int week = 0; week < 26; week++) {
      LocalDate monday = MONDAY.plusWeeks(week);
      expected.add(monday.equals(easterMonday) ? monday.plusDays(1) : monday);
    }
    assertThat(schedule.dates()).containsExactlyElementsOf(expected);
    assertThat(schedule.adjustments())
        .extracting(Adjustment::session, Adjustment::reason)
        .containsExactly(tuple(12, AdjustmentReason.CLOSED_DATE));
  }

  private static ImmutableScheduleRequest.Builder weekly(int sessions, LocalDate firstAllowedDay) {
    return ScheduleRequest.builder()
        .sessionCount(sessions)
        .minGapDays(5)
        .preferredGapDays(7)
        .maxGapDays(14)
        .firstAllowedDay(firstAllowedDay);
  }

  private static Tuple move(int session, AdjustmentReason reason, int days) {
    String explanation =
        switch (reason) {
          case CLOSED_WEEKDAY -> "the clinic is closed on that day of the week";
          case CLOSED_DATE -> "the clinic is closed on that date";
          case PATIENT_UNAVAILABLE -> "the patient is unavailable on that date";
          case MENSTRUATION -> "that date is a predicted period day (a prediction: confirm on the day)";
          case EVENT -> "the session, its visible healing or an instruction that conflicts with the event would fall on one of the patient's events";
          default -> throw new IllegalArgumentException(reason.name());
        };
    return tuple(
        session, reason, "moved " + days + (days == 1 ? " day" : " days") + " later: " + explanation);
  }

  @SuppressWarnings("unchecked")
  private static List<Tuple> castTuples(List<?> tuples) {
    return (List<Tuple>) tuples;
  }

  private static List<LocalDate> dates(String... isoDates) {
    return Stream.of(isoDates).map(LocalDate::parse).toList();
  }

  private static DateRange range(String from, String to) {
    return DateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to));
  }
}
