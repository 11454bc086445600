package org.regimen.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Regimen's own code systems, for what SNOMED CT has no concept for (or none this module could
 * check). Each is published as a {@code CodeSystem} resource under {@code
 * org/regimen/fhir/codesystem/}.
 *
 * @since 0.1.0
 */
public final class RegimenCodes {
  /** The base of every canonical URL Regimen publishes. */
  public static final String BASE = "https://regimen.org/fhir/";

  /** The code system of body areas ({@code BodyArea}). */
  public static final String BODY_AREA = BASE + "CodeSystem/body-area";
  /** The code system of indications ({@code Indication}). */
  public static final String INDICATION = BASE + "CodeSystem/indication";
  /** The code system of the kinds of visit ({@code VisitKind}). */
  public static final String VISIT_KIND = BASE + "CodeSystem/visit-kind";
  /** The code system of the phases of a result ({@code ResultPhase}). */
  public static final String RESULT_PHASE = BASE + "CodeSystem/result-phase";
  /** The code system of eligibility statuses ({@code EligibilityStatus}). */
  public static final String ELIGIBILITY = BASE + "CodeSystem/eligibility";
  /** The code system of treatment module ids ({@code prp}, {@code mesotherapy}...). */
  public static final String TREATMENT = BASE + "CodeSystem/treatment";
  /**
   * The code system of screening finding codes ({@code PREGNANCY}, {@code ACTIVE_INFECTION}...).
   */
  public static final String FINDING = BASE + "CodeSystem/finding";
  /** The code system of preparation and aftercare instruction codes ({@code AVOID_SUN}...). */
  public static final String INSTRUCTION = BASE + "CodeSystem/instruction";
  /** The code system of risk codes ({@code BRUISING}...). */
  public static final String RISK = BASE + "CodeSystem/risk";
  /** The code system of laboratory tests ({@code LabTest}). */
  public static final String LAB_TEST = BASE + "CodeSystem/lab-test";

  /** SNOMED CT's system URL, for the concepts it has. */
  public static final String SNOMED = "http://snomed.info/sct";

  /** The resource names of the published code systems, in the module's resources. */
  public static final java.util.List<String> PUBLISHED =
      java.util.List.of(
          "body-area",
          "indication",
          "visit-kind",
          "result-phase",
          "eligibility",
          "treatment",
          "finding",
          "instruction",
          "risk",
          "lab-test");

  private RegimenCodes() {}

  static Coding coding(String system, String code) {
    return new Coding().setSystem(system).setCode(code);
  }

  static CodeableConcept concept(String system, String code, String text) {
    return new CodeableConcept().addCoding(coding(system, code)).setText(text);
  }

  /** The canonical URL of a protocol's PlanDefinition. */
  static String planDefinitionUrl(String protocolId) {
    return BASE + "PlanDefinition/" + protocolId;
  }

  /** The canonical URL of the ActivityDefinition of one course of a protocol. */
  static String activityDefinitionUrl(String protocolId, String courseId) {
    return BASE + "ActivityDefinition/" + protocolId + "-" + courseId;
  }
}
