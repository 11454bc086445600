package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.RelatedArtifact.RelatedArtifactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.Regimen;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Variant;

/**
 * Issue 17, protocol export "each protocol (and variant) as a PlanDefinition": a clinic's variant is
 * its own versioned artifact, derived from its base protocol at the base's version, carrying the
 * variant's counts and intervals, and validating like the protocols.
 */
class VariantDefinitionsTest {
  private static final Path VARIANTS = Path.of("../examples/variants");

  /** The published samples a clinic would load (docs/variants.md), the broken one left out. */
  static List<Variant> sampleVariants() {
    Regimen clinic =
        Regimen.builder()
            .catalog(SamplePlans.REGIMEN.catalog())
            .variant(VARIANTS.resolve("prp-striae-monthly.json"))
            .variant(VARIANTS.resolve("prp-face-15-days.json"))
            .variant(VARIANTS.resolve("clinic-prices.json"))
            .build();
    return clinic.variants();
  }

  @ParameterizedTest
  @MethodSource("sampleVariants")
  void validatesWithoutErrors(Variant variant) {
    assertThat(Validation.errors(ProtocolDefinitions.of(variant).toBundle())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("sampleVariants")
  void isItsOwnArtifactDerivedFromTheBaseAtItsVersion(Variant variant) {
    Protocol base = SamplePlans.REGIMEN.catalog().module(variant.baseProtocol()).orElseThrow().protocol();
    Bundle bundle = ProtocolDefinitions.of(variant).toBundle();
    PlanDefinition plan = (PlanDefinition) bundle.getEntryFirstRep().getResource();

    assertThat(plan.getUrl())
        .isEqualTo("https://regimen.org/fhir/PlanDefinition/" + variant.baseProtocol() + "-variant-" + variant.id());
    assertThat(plan.getVersion()).isEqualTo(variant.version());
    assertThat(plan.getTitle()).endsWith(variant.name());
    assertThat(plan.getDescription()).contains(variant.id(), variant.digest());
    List<RelatedArtifact> derived =
        plan.getRelatedArtifact().stream().filter(a -> a.getType() == RelatedArtifactType.DERIVEDFROM && a.hasResource()).toList();
    assertThat(derived).singleElement().satisfies(a ->
        assertThat(a.getResource())
            .isEqualTo("https://regimen.org/fhir/PlanDefinition/" + base.id() + "|" + base.version()));
    // The base's own export is untouched by the variant.
    PlanDefinition published = (PlanDefinition) ProtocolDefinitions.of(base).toBundle().getEntryFirstRep().getResource();
    assertThat(published.getUrl()).isNotEqualTo(plan.getUrl());
    assertThat(published.getVersion()).isEqualTo(base.version());
  }

  @ParameterizedTest
  @MethodSource("sampleVariants")
  void carriesTheVariantsCountsAndIntervals(Variant variant) {
    Bundle bundle = ProtocolDefinitions.of(variant).toBundle();
    PlanDefinition plan = (PlanDefinition) bundle.getEntryFirstRep().getResource();
    List<Course> courses = variant.protocol().courses();
    for (int i = 0; i < courses.size(); i++) {
      Course course = courses.get(i);
      ActivityDefinition activity = (ActivityDefinition) bundle.getEntry().get(i + 1).getResource();
      assertThat(activity.getVersion()).isEqualTo(variant.version());
      assertThat(activity.getUrl()).contains("-variant-" + variant.id() + "-" + course.id());
      assertThat(plan.getAction().get(i).getDefinitionCanonicalType().getValue())
          .isEqualTo(activity.getUrl() + "|" + variant.version());
      assertThat(activity.getTimingTiming().getRepeat().getPeriod().intValueExact())
          .isEqualTo(course.interval().minDays().value());
      assertThat(activity.getTimingTiming().getRepeat().getCount()).isEqualTo(course.sessionCount().value().min());
    }
  }

  /** examples/variants/prp-striae-monthly.json: "three treatment sessions at four-week intervals". */
  @org.junit.jupiter.api.Test
  void theMonthlyStriaeVariantExportsFourWeeksWhereTheBaseSaysThreeMonths() {
    Variant monthly =
        sampleVariants().stream().filter(v -> v.id().equals("prp-striae-monthly")).findFirst().orElseThrow();
    Protocol base = SamplePlans.REGIMEN.catalog().module("prp").orElseThrow().protocol();
    assertThat(period(ProtocolDefinitions.of(monthly).toBundle(), monthly.protocol(), "stretch-marks")).isEqualTo(28);
    assertThat(period(ProtocolDefinitions.of(base).toBundle(), base, "stretch-marks")).isGreaterThan(28);
  }

  private static int period(Bundle bundle, Protocol protocol, String courseId) {
    for (int i = 0; i < protocol.courses().size(); i++) {
      if (protocol.courses().get(i).id().equals(courseId)) {
        ActivityDefinition activity = (ActivityDefinition) bundle.getEntry().get(i + 1).getResource();
        return activity.getTimingTiming().getRepeat().getPeriod().intValueExact();
      }
    }
    throw new AssertionError("no course " + courseId);
  }
}
