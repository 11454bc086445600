package org.regimen.treatment.stemcell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.CalendarConstraints;

/**
 * Issue 14, "Events": "A fat harvest is placed the day before a 15-day absence, so the whole
 * wound-healing window falls where nobody can see an infection." The harvest site heals in "a few
 * days to a week" (001 line 69: "swelling, redness, bruising, and tenderness at both the fat
 * extraction site and the injection areas. These usually resolve within a few days to a week"): 7
 * days at the safe end.
 */
class StemCellAbsenceTest {
  @Test
  void noHarvestRightBeforeAFifteenDayAbsence() {
    TreatmentPlan alone = Requests.plan(Requests.moderateRecent());
    LocalDate first = alone.sessions().get(0).date();
    DateRange away = DateRange.ofClosed(first.plusDays(1), first.plusDays(15));

    TreatmentPlan plan = Requests.plan(Requests.moderateRecent()
        .calendar(CalendarConstraints.builder().addUnavailable(away).build()));

    assertThat(plan.sessions()).isNotEmpty();
    for (Session session : plan.sessions()) {
      DateRange healing = DateRange.ofClosed(session.date(), session.date().plusDays(7));
      assertThat(healing.overlaps(away)).as("session %d on %s", session.number(), session.date()).isFalse();
    }
    assertThat(plan.sessions().get(0).date()).isAfter(away.to());
    assertThat(plan.adjustments()).anySatisfy(a -> {
      assertThat(a.session()).isEqualTo(1);
      assertThat(a.reason()).isEqualTo(AdjustmentReason.PATIENT_UNAVAILABLE);
      assertThat(a.text()).contains("the healing after the session would fall while the patient is away");
    });
    assertThat(plan.conflicts()).isEmpty();
  }
}
