package org.regimen.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.request.BodyArea;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyTest;
import org.regimen.request.TreatmentRequest;

/**
 * A FHIR R4 {@code Bundle} from a clinic's record as a request's {@code patient}: {@code Patient}
 * (birth date and sex, nothing that identifies), {@code Condition}, {@code MedicationStatement},
 * {@code AllergyIntolerance}, {@code Observation} (laboratory results with coded outcomes, measured
 * values with their UCUM unit converted to the request's, pregnancy tests, pregnancy and smoking
 * status) and {@code Procedure} (kind, body site, day). A Condition keeps its clinical status and
 * since when (onset, or abatement for one in remission or resolved). Codes are mapped by data,
 * {@code import-codes.json} (ICD-10 and SNOMED CT for conditions, ATC for medicines, LOINC for
 * tests, SNOMED CT for procedures, UCUM for units) and {@code body-sites.json}. Nothing is dropped
 * silently: every resource or code that does not reach the request is a {@link Problem} at its
 * place in the Bundle ({@code Bundle.entry[3].resource.code}) saying why, never with the code or
 * value itself.
 *
 * <p>A list the Bundle has no resource for stays absent ("not known"), not empty: a record without
 * conditions is not a patient known to have none. An explicit "no known allergy" gives an empty
 * list. Instances are immutable; build one per Bundle.
 *
 * @since 0.1.0
 */
public final class FhirImport {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> USABLE_OBSERVATION = Set.of("final", "amended", "corrected");
  /** Done, or begun (a stopped procedure was partly done): the others were not done (yet). */
  private static final Set<String> DONE_PROCEDURE = Set.of("completed", "in-progress", "stopped");
  private static final String UCUM = "http://unitsofmeasure.org";
  private static final Set<String> SKIPPED_MEDICATION = Set.of("entered-in-error", "not-taken", "unknown");

  private final ObjectNode patient = MAPPER.createObjectNode();
  private final List<Problem> problems = new ArrayList<>();
  private final ImportCodes codes = ImportCodes.standard();
  private final Bundle bundle;
  private String latestPregnancy = "";
  private String latestSmoking = "";
  private String latestPregnancyTest = "";

  private FhirImport(Bundle bundle) {
    this.bundle = bundle;
    List<BundleEntryComponent> entries = bundle.getEntry();
    int patients = 0;
    for (int i = 0; i < entries.size(); i++) {
      String path = "Bundle.entry[" + i + "].resource";
      Resource resource = entries.get(i).getResource();
      if (resource == null) {
        problems.add(Problem.of(path, "no resource: nothing imported"));
      } else if (resource instanceof Patient p) {
        if (++patients > 1) {
          problems.add(Problem.of(path, "a second Patient: only the first is imported"));
        } else {
          patient(p, path);
        }
      } else if (resource instanceof org.hl7.fhir.r4.model.Condition c) {
        condition(c, path);
      } else if (resource instanceof MedicationStatement m) {
        medication(m, path);
      } else if (resource instanceof AllergyIntolerance a) {
        allergy(a, path);
      } else if (resource instanceof Observation o) {
        observation(o, path);
      } else if (resource instanceof Procedure p) {
        procedure(p, path);
      } else if (!(resource instanceof Medication)) {
        problems.add(Problem.of(path, "a " + resource.fhirType() + " is not imported: only Patient, Condition,"
            + " MedicationStatement, AllergyIntolerance, Observation and Procedure are read"));
      }
    }
  }

  /**
   * {@return imports {@code bundle}; its problems are {@link #problems()}}
   *
   * @param bundle a FHIR R4 Bundle of the patient's resources, not null
   */
  public static FhirImport of(Bundle bundle) {
    return new FhirImport(Objects.requireNonNull(bundle, "bundle"));
  }

  /**
   * Parses FHIR JSON and imports it.
   *
   * @throws InvalidRequestException when the text is not a FHIR Bundle (the parser's message is not
   *     repeated: it may quote the input)
   *
   * @param json a FHIR R4 Bundle as JSON
   * @return the import, with its problems in {@link #problems()}
   */
  public static FhirImport parse(String json) {
    try {
      return of(FhirJson.context().newJsonParser().parseResource(Bundle.class, json));
    } catch (ca.uhn.fhir.parser.DataFormatException | ClassCastException e) {
      throw new InvalidRequestException(List.of(Problem.of("$", "must be a FHIR R4 Bundle in JSON")));
    }
  }

  /**
   * {@return everything that did not reach the patient, each at its place in the Bundle with the
   * reason}
   */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** {@return the request's {@code patient} object, as JSON} */
  public String patientJson() {
    return patient.toString();
  }

  /**
   * {@code request} (a request JSON object without {@code patient}) with the imported patient.
   *
   * @throws InvalidRequestException when {@code request} is not a JSON object or already has a
   *     patient
   * @param request a request JSON object without {@code patient}
   * @return the request JSON with the imported {@code patient}
   */
  public String toRequestJson(String request) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(request);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      tree = null;
    }
    if (tree == null || !tree.isObject()) {
      throw new InvalidRequestException(List.of(Problem.of("$", "must be a JSON object")));
    }
    if (tree.has("patient")) {
      throw new InvalidRequestException(List.of(Problem.of("patient", "must be absent: the import gives it")));
    }
    ((ObjectNode) tree).set("patient", patient.deepCopy());
    return tree.toString();
  }

  /**
   * {@return the request {@link #toRequestJson} gives, read and validated as any request. The
   * import's own {@link #problems()} are not errors here: check them first}
   *
   * @param request a request JSON object without {@code patient}
   * @throws InvalidRequestException when the request is not valid, with every problem at its path
   */
  public TreatmentRequest toRequest(String request) {
    return RegimenJson.create().readRequest(toRequestJson(request));
  }

  private void patient(Patient p, String path) {
    if (p.hasBirthDateElement()) {
      fullDate(p.getBirthDateElement(), path + ".birthDate").ifPresent(d -> patient.put("birthDate", d));
    }
    if (p.hasGender()) {
      switch (p.getGender()) {
        case FEMALE -> patient.put("sex", "FEMALE");
        case MALE -> patient.put("sex", "MALE");
        case OTHER -> patient.put("sex", "OTHER");
        default -> problems.add(Problem.of(path + ".gender", "'unknown' is not imported: the sex stays not known"));
      }
    }
  }

  /**
   * A Condition with its clinical status ({@code import-codes.json}, conditionClinicalStatus) and
   * since when: the onset for an active one, the abatement for one in remission or resolved.
   * Without a clinical status it is a bare code (status not known, judged as active).
   */
  private void condition(org.hl7.fhir.r4.model.Condition c, String path) {
    if (refuted(c.getVerificationStatus())) {
      problems.add(Problem.of(path + ".verificationStatus", "refuted or entered in error: not imported"));
      return;
    }
    Optional<JsonNode> value = codes.map(codes.conditions, c.getCode());
    if (value.isEmpty()) {
      problems.add(unmapped(path + ".code", c.getCode()));
      return;
    }
    String status = c.getClinicalStatus().getCodingFirstRep().getCode();
    ImportCodes.ClinicalStatus clinical = status == null ? null : codes.clinicalStatuses.get(status);
    if (status != null && clinical == null) {
      problems.add(Problem.of(path + ".clinicalStatus", "not a condition-clinical code this import knows:"
          + " the condition is imported without a status (judged as active)"));
    }
    ObjectNode condition = MAPPER.createObjectNode().put("code", value.get().asText());
    if (clinical != null) {
      condition.put("status", clinical.status().name());
      since(c, path, clinical.sinceAbatement()).ifPresent(d -> condition.put("since", d));
    }
    addCondition(condition);
  }

  /**
   * The onset's or the abatement's day, when it is a date; anything else is reported and left out.
   */
  private Optional<String> since(org.hl7.fhir.r4.model.Condition c, String path, boolean abatement) {
    org.hl7.fhir.r4.model.Type when = abatement ? c.getAbatement() : c.getOnset();
    String element = path + (abatement ? ".abatement" : ".onset");
    if (when == null) {
      return Optional.empty();
    }
    BaseDateTimeType day = null;
    if (when instanceof BaseDateTimeType d) {
      day = d;
      element += "DateTime";
    } else if (when instanceof org.hl7.fhir.r4.model.Period p && p.hasStartElement()) {
      day = p.getStartElement();
      element += "Period.start";
    }
    if (day == null || day.getValueAsString() == null || day.getValueAsString().length() < 10) {
      problems.add(Problem.of(day == null ? element + "[x]" : element,
          "not a full date: the condition is imported without since"));
      return Optional.empty();
    }
    return Optional.of(day.getValueAsString().substring(0, 10));
  }

  /**
   * One entry per condition: of two records of the same condition, the more active status is kept
   * (unknown and active before controlled, in remission, resolved), as the more cautious.
   */
  private void addCondition(ObjectNode condition) {
    ArrayNode list = list("conditions");
    String code = condition.path("code").asText();
    for (int i = 0; i < list.size(); i++) {
      JsonNode existing = list.get(i);
      String existingCode = existing.isObject() ? existing.path("code").asText() : existing.asText();
      if (existingCode.equals(code)) {
        if (rank(condition) < rank(existing)) {
          list.set(i, condition.has("status") ? condition : condition.get("code"));
        }
        return;
      }
    }
    list.add(condition.has("status") ? condition : condition.get("code"));
  }

  private static int rank(JsonNode condition) {
    String status = condition.path("status").asText();
    return status.isEmpty() ? 0 : org.regimen.request.ConditionStatus.valueOf(status).ordinal();
  }

  private void medication(MedicationStatement m, String path) {
    String status = m.getStatus() == null ? "" : m.getStatus().toCode();
    if (SKIPPED_MEDICATION.contains(status)) {
      problems.add(Problem.of(path + ".status", "entered in error, not taken or unknown: not imported"));
      return;
    }
    Optional<CodeableConcept> concept = medicationCode(m, path);
    if (concept.isEmpty()) {
      return;
    }
    Optional<JsonNode> value = codes.map(codes.medications, concept.get());
    if (value.isEmpty()) {
      problems.add(unmapped(path + (m.hasMedicationCodeableConcept() ? ".medicationCodeableConcept" : ".medicationReference"),
          concept.get()));
      return;
    }
    ObjectNode medication = MAPPER.createObjectNode().put("kind", value.get().asText());
    if (MedicationKind.valueOf(value.get().asText()).isLocal()) {
      // The request requires where a local medicine was given: the first dosage's site.
      Optional<BodyArea> area = m.getDosage().stream().filter(d -> d.hasSite())
          .map(d -> BodySites.area(d.getSite())).flatMap(Optional::stream).findFirst();
      if (area.isEmpty()) {
        problems.add(Problem.of(path + ".dosage.site", "a local medicine needs the area it was given in, and"
            + " no dosage names a body site this import can read: not imported"));
        return;
      }
      medication.put("area", area.get().name());
    }
    list("medications").add(medication);
    if (m.hasEffectivePeriod()) {
      if (m.getEffectivePeriod().hasStartElement()) {
        fullDate(m.getEffectivePeriod().getStartElement(), path + ".effectivePeriod.start")
            .ifPresent(d -> medication.put("from", d));
      }
      if (m.getEffectivePeriod().hasEndElement()) {
        fullDate(m.getEffectivePeriod().getEndElement(), path + ".effectivePeriod.end")
            .ifPresent(d -> medication.put("until", d));
      }
    } else if (m.hasEffectiveDateTimeType()) {
      fullDate(m.getEffectiveDateTimeType(), path + ".effectiveDateTime").ifPresent(d -> medication.put("from", d));
    }
  }

  private Optional<CodeableConcept> medicationCode(MedicationStatement m, String path) {
    if (m.hasMedicationCodeableConcept()) {
      return Optional.of(m.getMedicationCodeableConcept());
    }
    String reference = m.getMedicationReference().getReference();
    for (BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof Medication medication && reference != null
          && (reference.equals(entry.getFullUrl())
              || reference.equals("Medication/" + medication.getIdElement().getIdPart()))) {
        return Optional.of(medication.getCode());
      }
    }
    problems.add(Problem.of(path + ".medicationReference", "names no Medication in the Bundle: not imported"));
    return Optional.empty();
  }

  private void allergy(AllergyIntolerance a, String path) {
    String status = a.getClinicalStatus().getCodingFirstRep().getCode();
    if (status != null && !status.equals("active")) {
      problems.add(Problem.of(path + ".clinicalStatus", "not active: not imported"));
      return;
    }
    if (refuted(a.getVerificationStatus())) {
      problems.add(Problem.of(path + ".verificationStatus", "refuted or entered in error: not imported"));
      return;
    }
    if (codes.entry(codes.noKnownAllergy, a.getCode()).isPresent()) {
      list("allergies"); // known: none (unless another resource names one)
      return;
    }
    Optional<JsonNode> value = codes.map(codes.allergies, a.getCode());
    if (value.isEmpty()) {
      // Any allergy counts (contract: OTHER); listed so that a specific one is not left as OTHER unseen.
      problems.add(Problem.of(path + ".code", "no mapping in import-codes.json for " + ImportCodes.systemsOf(a.getCode())
          + ": imported as " + codes.otherAllergy));
      addUnique(list("allergies"), codes.otherAllergy);
      return;
    }
    addUnique(list("allergies"), value.get().asText());
  }

  private void observation(Observation o, String path) {
    String status = o.getStatus() == null ? "" : o.getStatus().toCode();
    if (!USABLE_OBSERVATION.contains(status)) {
      problems.add(Problem.of(path + ".status", "not final, amended or corrected: not imported"));
      return;
    }
    Optional<ImportCodes.Entry> test = codes.entry(codes.labTests, o.getCode());
    Optional<ImportCodes.Entry> other = codes.entry(codes.observationCodes, o.getCode());
    Optional<ImportCodes.Entry> pregnancyTest = codes.entry(codes.pregnancyTests, o.getCode());
    if (test.isEmpty() && other.isEmpty() && pregnancyTest.isEmpty()) {
      problems.add(unmapped(path + ".code", o.getCode()));
      return;
    }
    Optional<String> date = observationDate(o, path);
    if (date.isEmpty()) {
      return;
    }
    if (test.isPresent()) {
      LabTest labTest = LabTest.valueOf(test.get().value().asText());
      if (labTest.isMeasured()) {
        measured(o, path, labTest, date.get());
      } else {
        labResult(o, path, labTest, date.get());
      }
    } else if (pregnancyTest.isPresent()) {
      pregnancyTest(o, path, date.get());
    } else {
      ImportCodes.ObservationField field = codes.observations.get(other.get());
      Optional<ImportCodes.Entry> value =
          o.hasValueCodeableConcept() ? codes.entry(field.values(), o.getValueCodeableConcept()) : Optional.empty();
      if (value.isEmpty()) {
        problems.add(Problem.of(path + ".value", "no mapping in import-codes.json for this value: not imported"));
        return;
      }
      latest(field.field(), value.get().value(), date.get());
    }
  }

  /** The coded result: valueCodeableConcept, else the first interpretation the table maps. */
  private Optional<LabOutcome> outcome(Observation o, String path) {
    Optional<JsonNode> outcome =
        o.hasValueCodeableConcept() ? codes.map(codes.labOutcomes, o.getValueCodeableConcept()) : Optional.empty();
    if (outcome.isEmpty()) {
      outcome = o.getInterpretation().stream().map(i -> codes.map(codes.labOutcomes, i)).flatMap(Optional::stream).findFirst();
    }
    if (outcome.isEmpty()) {
      problems.add(Problem.of(path + ".value", "no result this import can read (valueCodeableConcept or interpretation): not imported"));
    }
    return outcome.map(v -> LabOutcome.valueOf(v.asText()));
  }

  /**
   * A measured test's value from {@code valueQuantity}, in a UCUM unit of the test ({@code
   * import-codes.json}, units) converted to the request's unit; any other unit is reported.
   */
  private void measured(Observation o, String path, LabTest test, String date) {
    if (!o.hasValueQuantity()) {
      problems.add(Problem.of(path + ".value", "a measured test needs valueQuantity (a value and its unit): not imported"));
      return;
    }
    org.hl7.fhir.r4.model.Quantity quantity = o.getValueQuantity();
    if (quantity.hasComparator()) {
      problems.add(Problem.of(path + ".valueQuantity.comparator",
          "a value beyond a limit (<, <=, >=, >) is no measured value: not imported"));
      return;
    }
    if (!quantity.hasValue()) {
      problems.add(Problem.of(path + ".valueQuantity.value", "no value: not imported"));
      return;
    }
    Map<String, BigDecimal> units = codes.units.get(test);
    BigDecimal factor = UCUM.equals(quantity.getSystem()) ? units.get(quantity.getCode()) : null;
    if (factor == null) {
      problems.add(Problem.of(path + ".valueQuantity", "a unit this import does not convert (a UCUM code of "
          + new java.util.TreeSet<>(units.keySet()) + " is needed): not imported"));
      return;
    }
    BigDecimal value = new BigDecimal(quantity.getValue().multiply(factor).stripTrailingZeros().toPlainString());
    list("labResults").addObject().put("test", test.name()).put("value", value)
        .put("unit", test.unit().orElseThrow()).put("date", date);
  }

  /** hCG presence: the latest test is {@code patient.reproductive.pregnancyTest}. */
  private void pregnancyTest(Observation o, String path, String date) {
    Optional<LabOutcome> result = outcome(o, path);
    if (result.isEmpty()) {
      return;
    }
    if (!PregnancyTest.OUTCOMES.contains(result.get())) {
      problems.add(Problem.of(path + ".value", "a result a pregnancy test does not take (allowed: "
          + new java.util.TreeSet<>(PregnancyTest.OUTCOMES) + "): not imported"));
      return;
    }
    if (date.compareTo(latestPregnancyTest) >= 0) {
      latestPregnancyTest = date;
      patient.with("reproductive").putObject("pregnancyTest").put("result", result.get().name()).put("date", date);
    }
  }

  /**
   * A Procedure done (completed, in progress or stopped): its kind ({@code import-codes.json},
   * procedures), one entry per body site ({@code body-sites.json} read in reverse), on the day it
   * was performed. A site the import cannot read is reported; without any, nothing is imported.
   */
  private void procedure(Procedure p, String path) {
    String status = p.getStatus() == null ? "" : p.getStatus().toCode();
    if (!DONE_PROCEDURE.contains(status)) {
      problems.add(Problem.of(path + ".status",
          "not completed, in progress or stopped (planned, not done, on hold, entered in error or unknown): not imported"));
      return;
    }
    Optional<JsonNode> kind = codes.map(codes.procedures, p.getCode());
    if (kind.isEmpty()) {
      problems.add(unmapped(path + ".code", p.getCode()));
      return;
    }
    Optional<String> date;
    if (p.hasPerformedDateTimeType()) {
      date = fullDate(p.getPerformedDateTimeType(), path + ".performedDateTime");
    } else if (p.hasPerformedPeriod() && p.getPerformedPeriod().hasStartElement()) {
      date = fullDate(p.getPerformedPeriod().getStartElement(), path + ".performedPeriod.start");
    } else {
      problems.add(Problem.of(path + ".performed[x]", "no day (performedDateTime or performedPeriod.start): not imported"));
      date = Optional.empty();
    }
    if (date.isEmpty()) {
      return;
    }
    if (!p.hasBodySite()) {
      problems.add(Problem.of(path + ".bodySite", "a procedure needs the area it was done in: not imported"));
      return;
    }
    List<BodyArea> areas = new ArrayList<>();
    for (int i = 0; i < p.getBodySite().size(); i++) {
      Optional<BodyArea> area = BodySites.area(p.getBodySite().get(i));
      if (area.isEmpty()) {
        problems.add(Problem.of(path + ".bodySite[" + i + "]", "no mapping in body-sites.json for "
            + ImportCodes.systemsOf(p.getBodySite().get(i)) + ": this site is not imported"));
      } else if (!areas.contains(area.get())) {
        areas.add(area.get());
      }
    }
    for (BodyArea area : areas) {
      list("procedures").addObject().put("kind", kind.get().asText()).put("area", area.name()).put("date", date.get());
    }
  }

  private void labResult(Observation o, String path, LabTest test, String date) {
    Optional<LabOutcome> outcome = outcome(o, path);
    if (outcome.isEmpty()) {
      return;
    }
    LabOutcome result = outcome.get();
    if (!test.allows(result)) {
      problems.add(Problem.of(path + ".value", "a result the test does not take (allowed: " + test.outcomes() + "): not imported"));
      return;
    }
    list("labResults").addObject().put("test", test.name()).put("result", result.name()).put("date", date);
  }

  /** Pregnancy and smoking status: the latest observation wins. */
  private void latest(String field, JsonNode value, String date) {
    if (field.equals("pregnancy")) {
      if (date.compareTo(latestPregnancy) >= 0) {
        latestPregnancy = date;
        patient.set("pregnancy", value);
      }
    } else if (field.equals("lifestyle.smoker")) {
      if (date.compareTo(latestSmoking) >= 0) {
        latestSmoking = date;
        patient.with("lifestyle").set("smoker", value);
      }
    } else {
      throw new IllegalStateException(ImportCodes.RESOURCE + ": no patient field " + field);
    }
  }

  private Optional<String> observationDate(Observation o, String path) {
    if (o.hasEffectiveDateTimeType()) {
      return fullDate(o.getEffectiveDateTimeType(), path + ".effectiveDateTime");
    }
    if (o.hasEffectivePeriod() && o.getEffectivePeriod().hasStartElement()) {
      return fullDate(o.getEffectivePeriod().getStartElement(), path + ".effectivePeriod.start");
    }
    if (o.hasEffectiveInstantType()) {
      return fullDate(o.getEffectiveInstantType(), path + ".effectiveInstant");
    }
    if (o.hasIssuedElement()) {
      return fullDate(o.getIssuedElement(), path + ".issued");
    }
    problems.add(Problem.of(path + ".effective[x]", "no date: not imported (a result needs the day the sample was taken)"));
    return Optional.empty();
  }

  /**
   * The day as written (the record's own time zone), or a problem when the precision is coarser.
   */
  private Optional<String> fullDate(BaseDateTimeType value, String path) {
    String text = value.getValueAsString();
    if (text == null || text.length() < 10) {
      problems.add(Problem.of(path, "not a full date: not imported"));
      return Optional.empty();
    }
    return Optional.of(text.substring(0, 10));
  }

  private static boolean refuted(CodeableConcept verification) {
    String code = verification.getCodingFirstRep().getCode();
    return "refuted".equals(code) || "entered-in-error".equals(code);
  }

  private static Problem unmapped(String path, CodeableConcept concept) {
    return Problem.of(path, "no mapping in import-codes.json for " + ImportCodes.systemsOf(concept) + ": not imported");
  }

  private ArrayNode list(String name) {
    JsonNode list = patient.get(name);
    return list instanceof ArrayNode array ? array : patient.putArray(name);
  }

  private static void addUnique(ArrayNode list, String value) {
    for (JsonNode node : list) {
      if (node.asText().equals(value)) {
        return;
      }
    }
    list.add(value);
  }

}
