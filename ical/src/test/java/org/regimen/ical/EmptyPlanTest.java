package org.regimen.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.ical.SamplePlans.Sample;
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.TreatmentPlan;

/**
 * A plan with nothing to put in a calendar (an ineligible patient) still gives a valid calendar file:
 * RFC 5545 (3.6) asks for at least one component, so a journal note says that no date is planned.
 */
class EmptyPlanTest {
  @Test
  void aPlanWithoutSessionsOrVisitsGivesACalendarWithNoEvents() {
    Sample sample = SamplePlans.all().get(0);
    TreatmentPlan empty =
        ImmutableTreatmentPlan.copyOf(sample.plan()).withSessions(List.of()).withVisits(List.of());
    String ics = PlanCalendar.of(sample.request(), empty).toIcs();
    assertThat(IcsReader.events(IcsReader.parse(ics))).isEmpty();
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("END:VCALENDAR");
    assertThat(ics).contains("BEGIN:VJOURNAL", "no session dates planned", "STATUS:FINAL");
    assertThat(ics).contains("DTSTART;VALUE=DATE:" + sample.request().asOf().toString().replace("-", ""));
    assertThat(PlanCalendar.of(sample.request(), empty).toIcs()).as("the same file each time").isEqualTo(ics);
  }

  @Test
  void aPlanWithSessionsHasNoNote() {
    Sample sample = SamplePlans.all().get(0);
    assertThat(sample.plan().sessions()).isNotEmpty();
    assertThat(PlanCalendar.of(sample.request(), sample.plan()).toIcs()).doesNotContain("VJOURNAL");
  }
}
