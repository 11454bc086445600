package org.regimen.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
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
import org.regimen.InvalidRequestException;
import org.regimen.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.TreatmentRequest;

/**
 * A FHIR R4 {@code Bundle} from a clinic's record as a request's {@code patient}: {@code Patient}
 * (birth date and sex, nothing that identifies), {@code Condition}, {@code MedicationStatement},
 * {@code AllergyIntolerance}, {@code Observation} (laboratory results, pregnancy and smoking status)
 * and {@code Procedure}. Codes are mapped by data, {@code import-codes.json} (ICD-10 and SNOMED CT
 * for conditions, ATC for medicines, LOINC for tests). Nothing is dropped silently: every resource
 * or code that does not reach the request is a {@link Problem} at its place in the Bundle ({@code
 * Bundle.entry[3].resource.code}) saying why, never with the code or value itself.
 *
 * <p>A list the Bundle has no resource for stays absent ("not known"), not empty: a record without
 * conditions is not a patient known to have none. An explicit "no known allergy" gives an empty
 * list. Instances are immutable; build one per Bundle.
 *
 * @since 0.1.0
 */
public final class FhirImport {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ACTIVE_CONDITION = Set.of("active", "recurrence", "relapse");
  private static final Set<String> USABLE_OBSERVATION = Set.of("final", "amended", "corrected");
  private static final Set<String> SKIPPED_MEDICATION = Set.of("entered-in-error", "not-taken", "unknown");

  private final ObjectNode patient = MAPPER.createObjectNode();
  private final List<Problem> problems = new ArrayList<>();
  private final ImportCodes codes = ImportCodes.standard();
  private final Bundle bundle;
  private String latestPregnancy = "";
  private String latestSmoking = "";

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
      } else if (resource instanceof Procedure) {
        // No procedure code table yet: reported so that the clinic records patient.procedures by hand.
        problems.add(Problem.of(path, "a Procedure is not imported: record it in patient.procedures"));
      } else if (!(resource instanceof Medication)) {
        problems.add(Problem.of(path, "a " + resource.fhirType() + " is not imported: only Patient, Condition,"
            + " MedicationStatement, AllergyIntolerance, Observation and Procedure are read"));
      }
    }
  }

  /** Imports {@code bundle}; its problems are {@link #problems()}. */
  public static FhirImport of(Bundle bundle) {
    return new FhirImport(Objects.requireNonNull(bundle, "bundle"));
  }

  /**
   * Parses FHIR JSON and imports it.
   *
   * @throws InvalidRequestException when the text is not a FHIR Bundle (the parser's message is not
   *     repeated: it may quote the input)
   */
  public static FhirImport parse(String json) {
    try {
      return of(FhirJson.context().newJsonParser().parseResource(Bundle.class, json));
    } catch (ca.uhn.fhir.parser.DataFormatException | ClassCastException e) {
      throw new InvalidRequestException(List.of(Problem.of("$", "must be a FHIR R4 Bundle in JSON")));
    }
  }

  /** Everything that did not reach the patient, each at its place in the Bundle with the reason. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The request's {@code patient} object, as JSON. */
  public String patientJson() {
    return patient.toString();
  }

  /**
   * {@code request} (a request JSON object without {@code patient}) with the imported patient.
   *
   * @throws InvalidRequestException when {@code request} is not a JSON object or already has a patient
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
   * The request {@link #toRequestJson} gives, read and validated as any request. The import's own
   * {@link #problems()} are not errors here: check them first.
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

  private void condition(org.hl7.fhir.r4.model.Condition c, String path) {
    String status = c.getClinicalStatus().getCodingFirstRep().getCode();
    if (status != null && !ACTIVE_CONDITION.contains(status)) {
      problems.add(Problem.of(path + ".clinicalStatus", "not active (only active, recurrence or relapse are imported): not imported"));
      return;
    }
    if (refuted(c.getVerificationStatus())) {
      problems.add(Problem.of(path + ".verificationStatus", "refuted or entered in error: not imported"));
      return;
    }
    Optional<JsonNode> value = codes.map(codes.conditions, c.getCode());
    if (value.isEmpty()) {
      problems.add(unmapped(path + ".code", c.getCode()));
      return;
    }
    addUnique(list("conditions"), value.get().asText());
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
    ObjectNode medication = list("medications").addObject().put("kind", value.get().asText());
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
    if (test.isEmpty() && other.isEmpty()) {
      problems.add(unmapped(path + ".code", o.getCode()));
      return;
    }
    Optional<String> date = observationDate(o, path);
    if (date.isEmpty()) {
      return;
    }
    if (test.isPresent()) {
      labResult(o, path, LabTest.valueOf(test.get().value().asText()), date.get());
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

  private void labResult(Observation o, String path, LabTest test, String date) {
    Optional<JsonNode> outcome =
        o.hasValueCodeableConcept() ? codes.map(codes.labOutcomes, o.getValueCodeableConcept()) : Optional.empty();
    if (outcome.isEmpty()) {
      outcome = o.getInterpretation().stream().map(i -> codes.map(codes.labOutcomes, i)).flatMap(Optional::stream).findFirst();
    }
    if (outcome.isEmpty()) {
      problems.add(Problem.of(path + ".value", "no result this import can read (valueCodeableConcept or interpretation): not imported"));
      return;
    }
    LabOutcome result = LabOutcome.valueOf(outcome.get().asText());
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

  /** The day as written (the record's own time zone), or a problem when the precision is coarser. */
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
