package org.regimen.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.ical.SamplePlans.Sample;

/**
 * The calendars under {@code examples/ical/} are what the export gives today for the sample requests
 * of the same name. After a deliberate change, rewrite them with
 * {@code ./mvnw -pl ical -am verify -Dtest=IcalSamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dregimen.samples.write=true} and review the diff.
 */
class IcalSamplesTest {

  static List<Sample> samples() {
    return SamplePlans.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theShippedSampleIsTheCurrentExport(Sample sample) throws IOException {
    Path file = SamplePlans.SAMPLES.resolve(sample.name() + ".ics");
    String ics = PlanCalendar.of(sample.request(), sample.plan()).toIcs();
    if (Boolean.getBoolean("regimen.samples.write")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, ics, StandardCharsets.UTF_8);
    }
    assertThat(file).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ics);
  }
}
