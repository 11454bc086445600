package org.regimen.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The course rhythm the scheduler and a course in progress share, on stem cells' numbers (001: a few
 * weeks apart; minimum 14, preferred 28, maximum 42 days): slack 14.
 */
class RhythmTest {
  private static final LocalDate SESSION_1 = LocalDate.of(2027, 1, 4);

  private static LocalDate next(LocalDate... done) {
    return Rhythm.after(List.of(done), 14, 28, 42).nextDay();
  }

  @Test
  void onTimeSessionsKeepThePreferredGap() {
    assertThat(next(SESSION_1)).isEqualTo(SESSION_1.plusDays(28));
    assertThat(next(SESSION_1, SESSION_1.plusDays(28))).isEqualTo(SESSION_1.plusDays(56));
  }

  @Test
  void aSessionLateWithinTheSlackIsCaughtUpButNeverBelowTheMinimum() {
    // 10 days late: session 3 still aims at session 1 + 56, 18 days after session 2.
    assertThat(next(SESSION_1, SESSION_1.plusDays(38))).isEqualTo(SESSION_1.plusDays(56));
    // 14 days late (the whole slack): the minimum gap of 14 decides.
    assertThat(next(SESSION_1, SESSION_1.plusDays(42))).isEqualTo(SESSION_1.plusDays(56));
  }

  @Test
  void aSessionLateBeyondTheSlackStartsTheRhythmAnew() {
    // 15 days late: session 3 is a preferred gap after it, not a rushed minimum gap.
    LocalDate late = SESSION_1.plusDays(43);
    assertThat(next(SESSION_1, late)).isEqualTo(late.plusDays(28));
  }

  @Test
  void anEarlySessionKeepsTheRhythmFromSession1() {
    // Session 2 at the minimum gap: session 3 returns to the rhythm (42 days later, the maximum).
    assertThat(next(SESSION_1, SESSION_1.plusDays(14))).isEqualTo(SESSION_1.plusDays(56));
  }

  @Test
  void theSchedulerGoesOnFromTheSessionsGiven() {
    Schedule schedule =
        Scheduler.schedule(
            ScheduleRequest.builder()
                .sessionCount(2)
                .minGapDays(14)
                .preferredGapDays(28)
                .maxGapDays(42)
                .firstAllowedDay(SESSION_1.plusDays(43))
                .addSessionsDone(SESSION_1, SESSION_1.plusDays(43))
                .build());

    assertThat(schedule.dates()).containsExactly(SESSION_1.plusDays(71), SESSION_1.plusDays(99));
  }
}
