package org.regimen.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.ical.SamplePlans.Sample;
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.TreatmentPlan;

/** A plan with nothing to put in a calendar (an ineligible patient) still gives a calendar file. */
class EmptyPlanTest {
  @Test
  void aPlanWithoutSessionsOrVisitsGivesACalendarWithNoEvents() {
    Sample sample = SamplePlans.all().get(0);
    TreatmentPlan empty =
        ImmutableTreatmentPlan.copyOf(sample.plan()).withSessions(List.of()).withVisits(List.of());
    String ics = PlanCalendar.of(sample.request(), empty).toIcs();
    assertThat(IcsReader.events(IcsReader.parse(ics))).isEmpty();
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("END:VCALENDAR");
  }
}
