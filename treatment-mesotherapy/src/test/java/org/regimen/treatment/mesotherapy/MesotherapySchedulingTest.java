package org.regimen.treatment.mesotherapy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.mesotherapy.MesotherapyCourseTest.dates;
import static org.regimen.treatment.mesotherapy.MesotherapyCourseTest.gaps;
import static org.regimen.treatment.mesotherapy.Requests.plan;
import static org.regimen.treatment.mesotherapy.Requests.request;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.StriaeStage;

/**
 * Long weekly courses under calendar constraints, planned by the core scheduler: a blocked session
 * moves later, never closer than 7 days to the one before, the course keeps its weekly rhythm
 * afterwards, and the adjustments say what moved and which week was skipped. Requests start on
 * Monday 2027-01-04.
 */
class MesotherapySchedulingTest {
  private static final LocalDate MONDAY_4_JAN = Requests.AS_OF;

  @Test
  void aClosedWeekdayMovesTheWholeCourseToTheNextOpenDay() {
    CalendarConstraints calendar =
        CalendarConstraints.builder().openDays(EnumSet.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)).build();

    TreatmentPlan plan = plan(request(StriaeStage.ALBA).calendar(calendar));

    assertThat(plan.sessions()).hasSize(26);
    assertThat(dates(plan)).allMatch(d -> d.getDayOfWeek() == TUESDAY);
    assertThat(gaps(plan)).containsOnly(7L);
    assertThat(plan.adjustments())
        .extracting(Adjustment::session, Adjustment::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, AdjustmentReason.CLOSED_WEEKDAY));
  }

  @Test
  void aClosedDateMovesOneSessionLaterAndTheCourseKeepsWeeklyGapsAfterIt() {
    LocalDate session5 = MONDAY_4_JAN.plusWeeks(4);
    CalendarConstraints calendar =
        CalendarConstraints.builder()
            .openDays(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY))
            .addClosedDates(session5)
            .build();

    TreatmentPlan plan = plan(request(StriaeStage.ALBA).calendar(calendar));

    assertThat(plan.sessions()).hasSize(26);
    assertThat(dates(plan)).doesNotContain(session5).contains(session5.plusDays(1));
    assertThat(dates(plan).subList(0, 4)).allMatch(d -> d.getDayOfWeek() == MONDAY);
    assertThat(gaps(plan).get(3)).isEqualTo(8L);
    // After the move the course keeps its weekly rhythm from the moved session: never 6 days.
    assertThat(gaps(plan).subList(4, 25)).containsOnly(7L);
    assertThat(plan.adjustments())
        .singleElement()
        .satisfies(a -> {
          assertThat(a.session()).isEqualTo(5);
          assertThat(a.reason()).isEqualTo(AdjustmentReason.CLOSED_DATE);
        });
  }

  @Test
  void anUnavailableFortnightSkipsWeeksAndSaysSo() {
    // Sessions 1 to 3 would fall on 4, 11 and 18 January; the patient is away 22 January to
    // 4 February. Issue 14: no injection right before an absence of two days or more when its
    // healing would fall in it: session 3's bruising and swelling heal in up to 5 days (the
    // protocol's 2 to 5 days), 18 to 23 January, so session 3 moves after the absence too.
    DateRange away = DateRange.ofClosed(LocalDate.of(2027, 1, 22), LocalDate.of(2027, 2, 4));
    CalendarConstraints calendar = CalendarConstraints.builder().addUnavailable(away).build();

    TreatmentPlan plan = plan(request(StriaeStage.RUBRA).calendar(calendar));

    assertThat(plan.sessions()).hasSize(10);
    assertThat(dates(plan)).noneMatch(away::contains);
    assertThat(dates(plan).get(2)).isEqualTo(LocalDate.of(2027, 2, 5));
    assertThat(gaps(plan)).allMatch(g -> g >= 7);
    assertThat(gaps(plan).get(1)).isEqualTo(25L);
    assertThat(plan.adjustments())
        .filteredOn(a -> a.session() == 3)
        .extracting(Adjustment::reason)
        .containsExactly(AdjustmentReason.PATIENT_UNAVAILABLE, AdjustmentReason.SKIPPED_WEEK);
    assertThat(plan.adjustments().get(0).text())
        .contains("the healing after the session would fall while the patient is away")
        .contains("beyond the maximum of 14 days");
    assertThat(gaps(plan).subList(2, 9)).containsOnly(7L);
    for (LocalDate date : dates(plan)) {
      assertThat(DateRange.ofClosed(date, date.plusDays(5)).overlaps(away)).as("healing after %s", date).isFalse();
    }
  }

  @Test
  void oneMissedWeekStretchesTheGapToFourteenDaysAndIsRecorded() {
    // Away the whole week of session 4 (25 to 31 January).
    DateRange away = DateRange.ofClosed(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 31));
    CalendarConstraints calendar = CalendarConstraints.builder().addUnavailable(away).build();

    TreatmentPlan plan = plan(request(StriaeStage.RUBRA).calendar(calendar));

    assertThat(gaps(plan).get(2)).isEqualTo(14L);
    assertThat(plan.adjustments())
        .extracting(Adjustment::session, Adjustment::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, AdjustmentReason.PATIENT_UNAVAILABLE),
            org.assertj.core.groups.Tuple.tuple(4, AdjustmentReason.SKIPPED_WEEK));
    assertThat(plan.adjustments().get(0).text()).doesNotContain("beyond the maximum");
  }

  @Test
  void sessionsStayFiveDaysClearOfAnEventSoBruisesHaveSettled() {
    // A wedding on Friday 22 January: session 3 (Monday 18th) would leave bruises for it.
    LocalDate wedding = LocalDate.of(2027, 1, 22);
    CalendarConstraints calendar =
        CalendarConstraints.builder().addEvents(CalendarEvent.of(DateRange.ofDay(wedding))).build();

    TreatmentPlan plan = plan(request(StriaeStage.RUBRA).calendar(calendar));

    assertThat(dates(plan)).allMatch(d -> d.isAfter(wedding) || d.plusDays(5).isBefore(wedding));
    assertThat(dates(plan).get(2)).isEqualTo(wedding.plusDays(1));
    assertThat(gaps(plan)).allMatch(g -> g >= 7);
    assertThat(plan.adjustments()).extracting(Adjustment::reason).containsExactly(AdjustmentReason.EVENT);
  }

  @Test
  void closedWeekdaysDatesAndAnAbsenceTogetherNeverBreakTheMinimumGap() {
    CalendarConstraints calendar =
        CalendarConstraints.builder()
            .openDays(EnumSet.of(MONDAY, THURSDAY))
            .addClosedDates(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 4), LocalDate.of(2027, 4, 5))
            .addUnavailable(DateRange.ofClosed(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 24)))
            .build();

    TreatmentPlan plan = plan(request(StriaeStage.ALBA).calendar(calendar));

    assertThat(plan.sessions()).hasSize(26);
    assertThat(plan.conflicts()).isEmpty();
    assertThat(gaps(plan)).allMatch(g -> g >= 7);
    assertThat(dates(plan))
        .allMatch(d -> d.getDayOfWeek() == MONDAY || d.getDayOfWeek() == THURSDAY)
        .doesNotContain(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 4), LocalDate.of(2027, 4, 5));
    for (int i = 0; i < gaps(plan).size(); i++) {
      int number = i + 2;
      if (gaps(plan).get(i) > 14) {
        assertThat(plan.adjustments()).anyMatch(a -> a.session() == number);
      }
    }
  }
}
