package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.fhir.SamplePlans.Sample;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Variant;

/**
 * The files under {@code examples/fhir/} are what the export gives today, and each one, read back
 * from disk, validates without errors. After a deliberate change rewrite them with {@code ./mvnw -pl
 * fhir -am verify -Dtest=FhirSamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dregimen.samples.write=true} and review the diff.
 */
class FhirSamplesTest {
  static List<Sample> plans() {
    return SamplePlans.all();
  }

  static List<Protocol> protocols() {
    return ProtocolDefinitionsTest.protocols();
  }

  @ParameterizedTest
  @MethodSource("plans")
  void theShippedPlanBundleIsTheCurrentExportAndValidates(Sample sample) throws IOException {
    check(SamplePlans.SAMPLES.resolve(sample.name() + ".json"),
        PlanBundle.of(sample.request(), sample.plan()).toJson());
  }

  @ParameterizedTest
  @MethodSource("protocols")
  void theShippedPlanDefinitionIsTheCurrentExportAndValidates(Protocol protocol) throws IOException {
    check(SamplePlans.SAMPLES.resolve("protocols").resolve(protocol.id() + ".json"),
        ProtocolDefinitions.of(protocol).toJson());
  }

  /** The clinic variant samples of examples/variants as PlanDefinitions (issue 17: "and variant"). */
  @ParameterizedTest
  @MethodSource("org.regimen.fhir.VariantDefinitionsTest#sampleVariants")
  void theShippedVariantPlanDefinitionIsTheCurrentExportAndValidates(Variant variant) throws IOException {
    check(SamplePlans.SAMPLES.resolve("protocols").resolve("variant-" + variant.id() + ".json"),
        ProtocolDefinitions.of(variant).toJson());
  }

  private static void check(Path file, String json) throws IOException {
    if (Boolean.getBoolean("regimen.samples.write")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }
    assertThat(file).exists();
    String shipped = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(shipped).isEqualTo(json + "\n");
    Bundle parsed = Validation.CONTEXT.newJsonParser().parseResource(Bundle.class, shipped);
    assertThat(Validation.errors(parsed)).isEmpty();
  }
}
