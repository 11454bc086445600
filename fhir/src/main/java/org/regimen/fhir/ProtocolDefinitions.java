package org.regimen.fhir;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ActivityDefinition;
import org.hl7.fhir.r4.model.ActivityDefinition.ActivityDefinitionKind;
import org.hl7.fhir.r4.model.ActivityDefinition.RequestIntent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.RelatedArtifact.RelatedArtifactType;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.regimen.protocol.Course;
import org.regimen.protocol.IntRange;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Source;
import org.regimen.protocol.Variant;

/**
 * A protocol as FHIR knowledge artifacts, so that a FHIR server can show and version it: one {@code
 * PlanDefinition} (canonical {@code https://regimen.org/fhir/PlanDefinition/<id>}, version = the
 * protocol's version) with an action per course, and one {@code ActivityDefinition} per course for
 * its session. Counts and intervals are {@code Timing.repeat}: {@code count}/{@code countMax} are
 * the course's fewest and most sessions, {@code period}/{@code periodMax} its shortest and longest
 * interval in days, {@code duration}/{@code durationMax} its session minutes. Which patients a
 * course is for, and every screening rule of the protocol, are the action's applicability in plain
 * words: its {@code textEquivalent}. Not {@code condition}: R4 requires a condition to carry an
 * executable expression (CQL or FHIRPath over FHIR data), and the rules are written over Regimen's
 * request, not over FHIR resources; a condition with words only fails validation (exp-1).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProtocolDefinitions {
  private static final String PLAN_TYPES = "http://terminology.hl7.org/CodeSystem/plan-definition-type";

  private final Protocol protocol;
  /** The artifacts' id: the protocol's, or for a variant its base's and its own. */
  private final String artifactId;
  private final String version;
  private final Optional<Variant> variant;

  private ProtocolDefinitions(Protocol protocol, String artifactId, String version, Optional<Variant> variant) {
    this.protocol = protocol;
    this.artifactId = artifactId;
    this.version = version;
    this.variant = variant;
  }

  /**
   * A protocol as knowledge artifacts: a PlanDefinition and one ActivityDefinition per course.
   *
   * @param protocol a loaded protocol, not null (e.g. {@code module.protocol()} from the catalog)
   * @return the protocol's knowledge artifacts, under its canonical URL and its version
   */
  public static ProtocolDefinitions of(Protocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return new ProtocolDefinitions(protocol, protocol.id(), protocol.version(), Optional.empty());
  }

  /**
   * A clinic's variant (docs/variants.md) as its own knowledge artifacts: the base protocol with
   * the variant's changes, under the canonical {@code
   * https://regimen.org/fhir/PlanDefinition/<base>-variant-<id>} and the variant's version, {@code
   * derived-from} the base PlanDefinition at its version, and citing the variant's evidence beside
   * the base's sources.
   *
   * @param variant a loaded variant, not null (e.g. from {@code Regimen.variants()})
   * @return the variant's knowledge artifacts
   */
  public static ProtocolDefinitions of(Variant variant) {
    Objects.requireNonNull(variant, "variant");
    return new ProtocolDefinitions(
        variant.protocol(),
        variant.baseProtocol() + "-variant-" + variant.id(),
        variant.version(),
        Optional.of(variant));
  }

  /**
   * {@return a collection Bundle: the PlanDefinition first, then one ActivityDefinition per course}
   */
  public Bundle toBundle() {
    Bundle bundle = new Bundle().setType(BundleType.COLLECTION);
    PlanDefinition plan = planDefinition();
    bundle.addEntry().setFullUrl(RegimenCodes.planDefinitionUrl(artifactId)).setResource(plan);
    for (Course course : protocol.courses()) {
      bundle
          .addEntry()
          .setFullUrl(RegimenCodes.activityDefinitionUrl(artifactId, course.id()))
          .setResource(activityDefinition(course));
    }
    return bundle;
  }

  /** {@return the collection Bundle of {@link #toBundle()} as FHIR JSON, pretty-printed} */
  public String toJson() {
    return FhirJson.write(toBundle());
  }

  private PlanDefinition planDefinition() {
    PlanDefinition plan = new PlanDefinition();
    plan.setId(artifactId);
    plan.setUrl(RegimenCodes.planDefinitionUrl(artifactId));
    plan.setVersion(version);
    plan.setName(computableName(artifactId));
    plan.setTitle(variant.map(v -> protocol.name() + ": " + v.name()).orElse(protocol.name()));
    plan.setType(new CodeableConcept().addCoding(RegimenCodes.coding(PLAN_TYPES, "clinical-protocol")));
    plan.setStatus(PublicationStatus.ACTIVE);
    plan.setExperimental(false);
    plan.setPublisher("Regimen");
    plan.setDescription(description());
    variant.ifPresent(
        v -> plan.addRelatedArtifact()
            .setType(RelatedArtifactType.DERIVEDFROM)
            .setDisplay("Regimen's protocol '" + protocol.id() + "' " + protocol.version())
            .setResource(RegimenCodes.planDefinitionUrl(protocol.id()) + "|" + protocol.version()));
    for (Source source : protocol.sources()) {
      if (source.citation().isPresent()) {
        plan.addRelatedArtifact().setType(RelatedArtifactType.CITATION).setCitation(source.citation().get());
      } else {
        plan.addRelatedArtifact().setType(RelatedArtifactType.DERIVEDFROM).setDisplay(source.label());
      }
    }
    for (Course course : protocol.courses()) {
      plan.addAction(courseAction(course));
    }
    return plan;
  }

  private String description() {
    String base =
        protocol.name() + ": the protocol of Regimen's treatment module '" + protocol.id()
            + "', with every value traced to its source in the module's PROTOCOL.md.";
    return variant
        .map(v -> "A clinic's variant '" + v.id() + "' " + v.version() + " (content digest sha256:"
            + v.digest() + ") of " + base + " The variant changes only what its document names, each"
            + " change within the protocol's safety bounds and cited with its evidence.")
        .orElse(base);
  }

  private PlanDefinitionActionComponent courseAction(Course course) {
    PlanDefinitionActionComponent action = new PlanDefinitionActionComponent();
    action.setTitle(protocol.name() + ": " + course.id());
    action.setDescription(applicability(course));
    action.addCode(treatmentCode());
    action.setTextEquivalent(ScreeningConditions.text(applicability(course), protocol));
    action.addParticipant()
        .setType(PlanDefinition.ActionParticipantType.PRACTITIONER)
        .setRole(new CodeableConcept().setText(String.join(", ", course.practitioners().value())));
    action.setTiming(timing(course));
    action.setDefinition(
        new org.hl7.fhir.r4.model.CanonicalType(
            RegimenCodes.activityDefinitionUrl(artifactId, course.id()) + "|" + version));
    InstructionActions.add(action, course);
    return action;
  }

  private ActivityDefinition activityDefinition(Course course) {
    ActivityDefinition activity = new ActivityDefinition();
    activity.setId(artifactId + "-" + course.id());
    activity.setUrl(RegimenCodes.activityDefinitionUrl(artifactId, course.id()));
    activity.setVersion(version);
    activity.setName(computableName(artifactId + "-" + course.id()));
    activity.setTitle(protocol.name() + ": a session of the " + course.id() + " course");
    activity.setStatus(PublicationStatus.ACTIVE);
    activity.setExperimental(false);
    activity.setPublisher("Regimen");
    activity.setDescription(applicability(course));
    activity.setKind(ActivityDefinitionKind.SERVICEREQUEST);
    activity.setIntent(RequestIntent.PROPOSAL);
    activity.setCode(treatmentCode());
    activity.setTiming(timing(course));
    course.areas().stream().sorted().forEach(area -> activity.addBodySite(BodySites.concept(area)));
    activity.addParticipant()
        .setType(ActivityDefinition.ActivityParticipantType.PRACTITIONER)
        .setRole(new CodeableConcept().setText(String.join(", ", course.practitioners().value())));
    return activity;
  }

  private Timing timing(Course course) {
    Timing timing = new Timing();
    Timing.TimingRepeatComponent repeat = timing.getRepeat();
    IntRange count = course.sessionCount().value();
    repeat.setCount(count.min());
    if (count.max() != count.min()) {
      repeat.setCountMax(count.max());
    }
    repeat.setFrequency(1);
    repeat.setPeriod(course.interval().minDays().value());
    if (course.interval().maxDays().value() > course.interval().minDays().value()) {
      repeat.setPeriodMax(course.interval().maxDays().value());
    }
    repeat.setPeriodUnit(UnitsOfTime.D);
    int minMinutes = course.timing().minMinutes().value();
    int maxMinutes = course.timing().maxMinutes().value();
    repeat.setDuration(minMinutes);
    if (maxMinutes > minMinutes) {
      repeat.setDurationMax(maxMinutes);
    }
    repeat.setDurationUnit(UnitsOfTime.MIN);
    return timing;
  }

  private String applicability(Course course) {
    String indications =
        course.indications().stream().sorted().map(i -> words(i.name())).collect(Collectors.joining(", "));
    String areas =
        course.areas().stream().sorted().map(BodySites::words).collect(Collectors.joining(", "));
    return "For " + indications + ", on the " + areas + ".";
  }

  private CodeableConcept treatmentCode() {
    return RegimenCodes.concept(RegimenCodes.TREATMENT, protocol.id(), protocol.name());
  }

  /**
   * A name a machine can use (FHIR's cnl-0): {@code stretch-marks} becomes {@code StretchMarks}.
   */
  static String computableName(String id) {
    StringBuilder name = new StringBuilder("Regimen");
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  static String words(String code) {
    return code.replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
