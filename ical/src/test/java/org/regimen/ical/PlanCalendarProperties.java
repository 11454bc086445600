package org.regimen.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.testing.RequestGenerator;

/** For generated patients of every therapy, the calendar read back gives the plan's days and alarms. */
class PlanCalendarProperties {

  static List<ModuleDescriptor> modules() {
    return SamplePlans.REGIMEN.treatments();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void everySessionAndVisitComesBackOnItsDay(ModuleDescriptor module) {
    RequestGenerator requests =
        new RequestGenerator(module.id(), module.indications(), EnumSet.copyOf(module.areas()));
    qt().withExamples(60)
        .forAll(requests.requests())
        .checkAssert(PlanCalendarProperties::roundTrips);
  }

  private static void roundTrips(TreatmentRequest request) {
    TreatmentPlan plan = SamplePlans.REGIMEN.plan(request);
    List<VEvent> events =
        IcsReader.events(IcsReader.parse(PlanCalendar.of(request, plan).toIcs()));
    assertThat(events).hasSize(plan.sessions().size() + plan.visits().size());
    for (int i = 0; i < plan.sessions().size(); i++) {
      Session session = plan.sessions().get(i);
      VEvent event = events.get(i);
      assertThat(event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate())
          .isEqualTo(session.date());
      assertThat(
              event
                  .<net.fortuna.ical4j.model.property.Duration>getProperty(Property.DURATION)
                  .orElseThrow()
                  .getDuration())
          .isEqualTo(Period.ofDays(1));
      PlanCalendarRoundTripTest.assertAlarmsRingTheEveningBeforeEachPreparationStart(
          event, session, LocalTime.MIDNIGHT);
    }
    for (int i = 0; i < plan.visits().size(); i++) {
      VEvent event = events.get(plan.sessions().size() + i);
      assertThat(event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate())
          .isEqualTo(plan.visits().get(i).date());
    }
  }
}
