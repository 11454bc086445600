package org.regimen.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.ConstraintKind;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.EventKind;
import org.regimen.request.ImmutableCalendarEvent;

/**
 * Issue 14, "Events": "A fat harvest is placed the day before a 15-day absence, so the whole
 * wound-healing window falls where nobody can see an infection"; and a session split over visits
 * whose aftercare (first visit to the last one's end) met an event between the visits. Dates checked
 * by hand against 2027 (2027-01-11 is a Monday).
 */
class AbsenceAndSplitSessionTest {
  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);

  private static ImmutableScheduleRequest.Builder weekly(int sessions) {
    return ScheduleRequest.builder()
        .sessionCount(sessions)
        .minGapDays(7)
        .preferredGapDays(7)
        .maxGapDays(14)
        .firstAllowedDay(MONDAY);
  }

  private static CalendarConstraints away(String from, String to) {
    return CalendarConstraints.builder()
        .addUnavailable(DateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to)))
        .build();
  }

  @Test
  void aSessionWhoseHealingWouldFallInAFifteenDayAbsenceMovesAfterIt() {
    // Away from the day after the first allowed day for 15 days; the wound heals for 7 days.
    Schedule schedule = Scheduler.schedule(
        weekly(1).absenceHealingDays(7).calendar(away("2027-01-12", "2027-01-26")).build());

    assertThat(schedule.dates()).containsExactly(LocalDate.parse("2027-01-27"));
    assertThat(schedule.conflicts()).isEmpty();
    assertThat(schedule.adjustments()).singleElement().satisfies(a -> {
      assertThat(a.reason()).isEqualTo(AdjustmentReason.PATIENT_UNAVAILABLE);
      assertThat(a.text()).isEqualTo("moved 16 days later: the healing after the session would fall while"
          + " the patient is away, where no one could check it");
    });
  }

  @Test
  void withoutAHealingTimeOnlyTheAbsenceItselfIsKeptFree() {
    Schedule schedule = Scheduler.schedule(weekly(1).calendar(away("2027-01-12", "2027-01-26")).build());

    assertThat(schedule.dates()).containsExactly(MONDAY);
  }

  @Test
  void aOneDayAbsenceDoesNotHoldTheHealingBack() {
    // Regimen default: an absence of two days or more; one day away, the patient is back to call.
    Schedule schedule = Scheduler.schedule(
        weekly(1).absenceHealingDays(7).calendar(away("2027-01-13", "2027-01-13")).build());

    assertThat(schedule.dates()).containsExactly(MONDAY);
  }

  @Test
  void whenNoDayKeepsTheHealingOffTheAbsencesThePlanSaysSoForThatSession() {
    // Away for two days every nine days through the horizon: no day has seven free days after it.
    org.regimen.request.ImmutableCalendarConstraints.Builder calendar = CalendarConstraints.builder();
    for (LocalDate day = MONDAY.plusDays(2); day.isBefore(MONDAY.plusDays(800)); day = day.plusDays(9)) {
      calendar.addUnavailable(DateRange.ofClosed(day, day.plusDays(1)));
    }
    Schedule schedule = Scheduler.schedule(
        weekly(2).absenceHealingDays(7).horizonDays(400).calendar(calendar.build()).build());

    assertThat(schedule.dates()).hasSize(2);
    assertThat(schedule.conflicts()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.constraint()).isEqualTo(ConstraintKind.PATIENT_UNAVAILABLE);
      assertThat(c.text()).contains("falls while the patient is away");
    });
    assertThat(schedule.conflicts().get(0).session()).hasValue(1);
  }

  @Test
  void aSplitSessionsAftercareDoesNotMeetAnEventBetweenItsVisits() {
    // Two visits per session; the clinic opens on Mondays only, so the second visit is a week
    // after the first. Sun-avoidance aftercare of five days (0..4) after each visit; a beach day on the
    // Saturday between the visits: each visit alone is clear of it, the session is not.
    CalendarEvent beach = ImmutableCalendarEvent.builder()
        .days(DateRange.ofDay(LocalDate.parse("2027-01-16")))
        .kind(EventKind.SUN_EXPOSURE)
        .build();
    Schedule schedule = Scheduler.schedule(
        weekly(1)
            .visitsPerSession(2)
            .addEventWindows(new EventWindow(EventKind.SUN_EXPOSURE, 0, 4))
            .calendar(CalendarConstraints.builder()
                .openDays(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY))
                .addEvents(beach)
                .build())
            .build());

    assertThat(schedule.dates()).containsExactly(LocalDate.parse("2027-01-18"));
    assertThat(schedule.furtherVisits()).containsExactly(List.of(LocalDate.parse("2027-01-25")));
    assertThat(schedule.adjustments()).singleElement()
        .satisfies(a -> assertThat(a.reason()).isEqualTo(AdjustmentReason.EVENT));
  }
}
