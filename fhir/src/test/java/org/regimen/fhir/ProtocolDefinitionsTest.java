package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.spi.TreatmentModule;

/** Every installed protocol as a PlanDefinition: valid, versioned, its counts and intervals as Timing. */
class ProtocolDefinitionsTest {
  static List<Protocol> protocols() {
    return SamplePlans.REGIMEN.catalog().modules().stream().map(TreatmentModule::protocol).toList();
  }

  @ParameterizedTest
  @MethodSource("protocols")
  void validatesWithoutErrors(Protocol protocol) {
    Bundle bundle = ProtocolDefinitions.of(protocol).toBundle();
    assertThat(Validation.errors(bundle)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("protocols")
  void eachCourseKeepsItsCountsIntervalsAndMinutes(Protocol protocol) {
    Bundle bundle = ProtocolDefinitions.of(protocol).toBundle();
    PlanDefinition plan = (PlanDefinition) bundle.getEntryFirstRep().getResource();
    assertThat(plan.getVersion()).isEqualTo(protocol.version());
    assertThat(plan.getUrl()).isEqualTo("https://regimen.org/fhir/PlanDefinition/" + protocol.id());
    assertThat(plan.getAction()).hasSize(protocol.courses().size());
    for (int i = 0; i < protocol.courses().size(); i++) {
      Course course = protocol.courses().get(i);
      Timing.TimingRepeatComponent repeat = plan.getAction().get(i).getTimingTiming().getRepeat();
      assertRepeat(repeat, course);
      ActivityDefinition activity = (ActivityDefinition) bundle.getEntry().get(i + 1).getResource();
      assertThat(activity.getVersion()).isEqualTo(protocol.version());
      assertRepeat(activity.getTimingTiming().getRepeat(), course);
      assertThat(activity.getBodySite()).hasSize(course.areas().size());
      assertThat(plan.getAction().get(i).getDefinitionCanonicalType().getValue())
          .isEqualTo(activity.getUrl() + "|" + protocol.version());
    }
  }

  private static void assertRepeat(Timing.TimingRepeatComponent repeat, Course course) {
    assertThat(repeat.getCount()).isEqualTo(course.sessionCount().value().min());
    assertThat(repeat.hasCountMax() ? repeat.getCountMax() : repeat.getCount())
        .isEqualTo(course.sessionCount().value().max());
    assertThat(repeat.getPeriod().intValueExact()).isEqualTo(course.interval().minDays().value());
    assertThat(repeat.hasPeriodMax() ? repeat.getPeriodMax().intValueExact() : repeat.getPeriod().intValueExact())
        .isEqualTo(course.interval().maxDays().value());
    assertThat(repeat.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.D);
    assertThat(repeat.getDuration().intValueExact()).isEqualTo(course.timing().minMinutes().value());
  }
}
