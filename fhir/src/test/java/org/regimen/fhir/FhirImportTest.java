package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.Allergy;
import org.regimen.request.ConditionStatus;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;
import org.regimen.request.TreatmentRequest;

/** A record's Bundle becomes a request's patient; nothing is dropped without a problem saying so. */
class FhirImportTest {
  static final Path SAMPLE = Path.of("../examples/fhir/import/patient-record.json");
  static final Path SAMPLE_REQUEST = Path.of("../examples/fhir/import/request.json");

  @Test
  void theSampleRecordBecomesTheRequestsPatient() throws Exception {
    FhirImport imported = FhirImport.parse(Files.readString(SAMPLE, StandardCharsets.UTF_8));
    TreatmentRequest request = imported.toRequest(Files.readString(SAMPLE_REQUEST, StandardCharsets.UTF_8));
    PatientProfile patient = request.patient();
    assertThat(patient.sex()).contains(Sex.FEMALE);
    assertThat(patient.birthDate()).hasValueSatisfying(d -> assertThat(d).hasToString("1991-03-14"));
    // E11.9 in "Diabetes mellitus" (E10-E14), I83.9 in "Varicose veins of lower extremities" (I83)
    // before the circulatory chapter (I00-I99): the narrowest entry wins. Psoriasis, resolved since
    // its abatement, is kept with that status (history, judged only by rules that name RESOLVED).
    assertThat(patient.conditions()).hasValueSatisfying(c -> assertThat(c).extracting(Enum::name)
        .containsExactly("DIABETES", "VARICOSE_VEINS", "PSORIASIS"));
    assertThat(patient.statusOf(org.regimen.request.Condition.DIABETES)).contains(ConditionStatus.ACTIVE);
    assertThat(patient.statusOf(org.regimen.request.Condition.PSORIASIS)).contains(ConditionStatus.RESOLVED);
    assertThat(patient.conditionDetails()).filteredOn(d -> d.code() == org.regimen.request.Condition.PSORIASIS)
        .singleElement().satisfies(d -> assertThat(d.since()).hasValueSatisfying(s -> assertThat(s).hasToString("2024-05-01")));
    assertThat(patient.medications()).hasValueSatisfying(m -> assertThat(m).singleElement().satisfies(med -> {
      assertThat(med.kind()).isEqualTo(MedicationKind.ANTIBIOTIC); // ATC J01CA04 under J01
      assertThat(med.until()).hasValueSatisfying(d -> assertThat(d).hasToString("2027-01-12"));
    }));
    assertThat(patient.allergies()).contains(List.of(Allergy.LATEX, Allergy.OTHER));
    assertThat(patient.labResults()).extracting(r -> r.test() + ":" + r.result().map(Enum::name)
            .orElseGet(() -> r.value().orElseThrow().toPlainString() + " " + r.unit().orElseThrow()))
        .containsExactly("HIV:NEGATIVE", "HEPATITIS_B:NEGATIVE", "BLOOD_COUNT:NORMAL",
            "PLATELET_COUNT:245 10^9/L", "HAEMOGLOBIN:13.2 g/dL"); // 132 g/L
    assertThat(patient.reproductive()).hasValueSatisfying(r -> assertThat(r.pregnancyTest())
        .hasValueSatisfying(t -> assertThat(t.result() + " " + t.date()).isEqualTo("NEGATIVE 2027-01-04")));
    assertThat(patient.procedures()).hasValueSatisfying(p -> assertThat(p).singleElement()
        .satisfies(pr -> assertThat(pr.kind() + " " + pr.area() + " " + pr.date()).isEqualTo("FILLER FACE 2026-11-20")));
    assertThat(patient.pregnancy()).contains(PregnancyStatus.NONE);
    assertThat(patient.lifestyle()).hasValueSatisfying(l -> assertThat(l.smoker()).contains(false));
    // And it plans.
    assertThat(SamplePlans.REGIMEN.plan(request).eligibility().findings()).isNotEmpty();
  }

  @Test
  void everythingThatDidNotReachTheRequestIsAProblemAtItsPlace() throws Exception {
    String json = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    List<Problem> problems = FhirImport.parse(json).problems();
    assertThat(problems).extracting(Problem::path).containsExactly(
        "Bundle.entry[4].resource.code", // asthma: no mapping
        "Bundle.entry[6].resource.medicationCodeableConcept", // cetirizine: no mapping
        "Bundle.entry[8].resource.code", // penicillin allergy: imported as OTHER, listed
        "Bundle.entry[12].resource.code", // glucose: no mapping
        "Bundle.entry[19].resource.code"); // a procedure known by its text only
    // Never the code or its display: they are the patient's data.
    assertThat(problems).extracting(Problem::message)
        .noneMatch(m -> m.contains("J45") || m.contains("sthma") || m.contains("R06") || m.contains("2345-7")
            || m.contains("enicillin") || m.contains("resolved") || m.contains("filler"));
  }

  @Test
  void anUnmappedCodeIsReportedNeverDroppedSilently() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Condition unknown = new Condition().setCode(concept("http://hl7.org/fhir/sid/icd-10", "Z99.9"));
    bundle.addEntry().setResource(unknown);
    FhirImport imported = FhirImport.of(bundle);
    assertThat(imported.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("Bundle.entry[0].resource.code");
      assertThat(p.message()).contains("no mapping").contains("http://hl7.org/fhir/sid/icd-10").doesNotContain("Z99");
    });
    assertThat(imported.patientJson()).isEqualTo("{}"); // not known, not "none"
  }

  @Test
  void aCodeInAnUnknownSystemIsReportedWithItsSystem() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.addEntry().setResource(new Condition().setCode(concept("http://example.org/local-codes", "X1")));
    assertThat(FhirImport.of(bundle).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("http://example.org/local-codes"));
  }

  @Test
  void aResultTheTestDoesNotTakeIsReported() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Observation hiv = new Observation().setStatus(ObservationStatus.FINAL)
        .setCode(concept("http://loinc.org", "7917-8")).setEffective(new DateTimeType("2026-12-01"));
    hiv.addInterpretation(concept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "N"));
    bundle.addEntry().setResource(hiv);
    FhirImport imported = FhirImport.of(bundle);
    assertThat(imported.problems()).extracting(Problem::path).containsExactly("Bundle.entry[0].resource.value");
    assertThat(imported.patientJson()).doesNotContain("labResults");
  }

  @Test
  void aPositiveMarkerAndAnAbnormalPanelAreRead() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Observation hcv = new Observation().setStatus(ObservationStatus.FINAL)
        .setCode(concept("http://loinc.org", "16128-1")).setEffective(new DateTimeType("2026-12-01T08:30:00+01:00"));
    hcv.setValue(concept("http://snomed.info/sct", "10828004"));
    Observation biochemistry = new Observation().setStatus(ObservationStatus.FINAL)
        .setCode(concept("http://loinc.org", "24323-8")).setEffective(new DateTimeType("2026-12-01"));
    biochemistry.addInterpretation(concept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "H"));
    bundle.addEntry().setResource(hcv);
    bundle.addEntry().setResource(biochemistry);
    TreatmentRequest request = FhirImport.of(bundle).toRequest(
        "{\"asOf\":\"2027-01-05\",\"treatment\":\"prp\",\"indication\":\"SKIN_LAXITY\",\"areas\":[\"FACE\"]}");
    assertThat(request.patient().labResults()).extracting(r -> r.test() + ":" + r.result().orElseThrow() + ":" + r.date())
        .containsExactly(LabTest.HEPATITIS_C + ":" + LabOutcome.POSITIVE + ":2026-12-01",
            LabTest.BLOOD_BIOCHEMISTRY + ":" + LabOutcome.ABNORMAL + ":2026-12-01");
  }

  @Test
  void aRequestThatAlreadyHasAPatientIsRefused() {
    FhirImport imported = FhirImport.of(new Bundle());
    assertThatThrownBy(() -> imported.toRequestJson("{\"patient\":{}}")).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> FhirImport.parse("{\"resourceType\":\"Patient\"}")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void theSampleRecordIsValidFhir() throws Exception {
    Bundle bundle = Validation.CONTEXT.newJsonParser()
        .parseResource(Bundle.class, Files.readString(SAMPLE, StandardCharsets.UTF_8));
    assertThat(Validation.errors(bundle)).isEmpty();
  }

  /**
   * Every value in the mapping table is one the request model has (else the table fails to load).
   * A Procedure whose code the table does not map is reported at its code, never dropped silently;
   * one without a status is reported at its status.
   */
  @Test
  void theTableLoadsAndAnUnmappedProcedureIsReportedNotDropped() throws Exception {
    assertThat(ImportCodes.standard().conditions).isNotEmpty();
    try (InputStream in = org.regimen.json.RegimenJson.class.getResourceAsStream("/org/regimen/schema/request.schema.json")) {
      JsonNode schema = new ObjectMapper().readTree(in);
      assertThat(schema.path("$defs").path("patient").path("properties").has("procedures")).isTrue();
    }
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.addEntry().setResource(new org.hl7.fhir.r4.model.Procedure());
    bundle.addEntry().setResource(procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "71388002"), "2026-12-01", FACE));
    FhirImport imported = FhirImport.of(bundle);
    assertThat(imported.problems()).extracting(Problem::path)
        .containsExactly("Bundle.entry[0].resource.status", "Bundle.entry[1].resource.code");
    assertThat(imported.patientJson()).isEqualTo("{}"); // not known, not "none"
  }

  static final String SNOMED = "http://snomed.info/sct";
  /** Skin of face, as body-sites.json maps FACE (DICOM CID 4029). */
  static final CodeableConcept FACE = concept(SNOMED, "73897004");

  static org.hl7.fhir.r4.model.Procedure procedure(
      ProcedureStatus status, CodeableConcept code, String day, CodeableConcept... sites) {
    org.hl7.fhir.r4.model.Procedure procedure =
        new org.hl7.fhir.r4.model.Procedure().setStatus(status).setCode(code).setPerformed(new DateTimeType(day));
    for (CodeableConcept site : sites) {
      procedure.addBodySite(site);
    }
    return procedure;
  }

  static CodeableConcept concept(String system, String code) {
    return new CodeableConcept().addCoding(new Coding(system, code, null));
  }

}
