package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.fhir.FhirImportTest.FACE;
import static org.regimen.fhir.FhirImportTest.SNOMED;
import static org.regimen.fhir.FhirImportTest.concept;
import static org.regimen.fhir.FhirImportTest.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regimen.error.Problem;
import org.regimen.request.BodyArea;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.ProcedureKind;
import org.regimen.request.TreatmentRequest;

/**
 * The mappings of import-codes.json added for a clinic's real intake (contract.md, "Additions for a
 * clinic's real intake"): a condition's status and since, the new medicine kinds by ATC group, the
 * measured values with their UCUM units, pregnancy tests and procedures. One test per kind of row.
 */
class FhirImportMappingsTest {
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
  static final String ATC = "http://www.whocc.no/atc";
  static final String LOINC = "http://loinc.org";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  static final String V3 = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
  static final String REQUEST =
      "{\"asOf\":\"2027-01-05\",\"treatment\":\"prp\",\"indication\":\"SKIN_LAXITY\",\"areas\":[\"FACE\"]}";

  // --- conditions: clinicalStatus, onset, abatement (conditionClinicalStatus rows) ---

  /**
   * FHIR condition-clinical: active, recurrence and relapse are ACTIVE since the onset; remission and
   * inactive are IN_REMISSION, resolved RESOLVED, each since the abatement. Without a clinical status
   * the condition is a bare code, judged as active (ConditionStatus: "a condition recorded without
   * one is judged as ACTIVE").
   */
  @Test
  void aConditionKeepsItsClinicalStatusAndSince() {
    Bundle bundle = bundle(
        condition("C50.9", "active").setOnset(new DateTimeType("2026-03-02")), // breast cancer
        condition("E11.9", "remission").setAbatement(new Period().setStartElement(new DateTimeType("2025-01-10"))),
        condition("L40.0", "resolved").setAbatement(new DateTimeType("2024-05-01T10:00:00+02:00")),
        condition("M32.9", "inactive").setAbatement(new DateTimeType("2023-02-01")),
        condition("L80", "relapse"),
        condition("I83.9", null));
    FhirImport imported = FhirImport.of(bundle);
    assertThat(imported.problems()).isEmpty();
    PatientProfile patient = imported.toRequest(REQUEST).patient();
    assertThat(patient.conditions().orElseThrow()).extracting(Enum::name)
        .containsExactly("CANCER", "DIABETES", "PSORIASIS", "LUPUS", "VITILIGO", "VARICOSE_VEINS");
    assertThat(patient.conditionDetails()).extracting(FhirImportMappingsTest::describe).containsExactly(
        "CANCER ACTIVE 2026-03-02", "DIABETES IN_REMISSION 2025-01-10", "PSORIASIS RESOLVED 2024-05-01",
        "LUPUS IN_REMISSION 2023-02-01", "VITILIGO ACTIVE -");
    assertThat(patient.statusOf(org.regimen.request.Condition.VARICOSE_VEINS)).isEmpty();
  }

  /**
   * The condition codes of the intake additions where ICD-10 (2019) or SNOMED CT names them: the
   * narrowest entry wins over the block it lies in (L40 Psoriasis over L40-L45 Papulosquamous
   * disorders, M32 Systemic lupus erythematosus over M32-M35).
   */
  @ParameterizedTest
  @CsvSource({
    "http://hl7.org/fhir/sid/icd-10, L40.0, PSORIASIS",
    "http://hl7.org/fhir/sid/icd-10, L41.0, SKIN_CONDITION", // parapsoriasis: the block
    "http://hl7.org/fhir/sid/icd-10, L80, VITILIGO",
    "http://hl7.org/fhir/sid/icd-10, M32.1, LUPUS",
    "http://hl7.org/fhir/sid/icd-10, M34.0, SCLERODERMA",
    "http://hl7.org/fhir/sid/icd-10, M35.3, IMMUNE_DISORDER", // polymyalgia rheumatica: the block
    "http://hl7.org/fhir/sid/icd-10, D50.9, ANAEMIA",
    "http://snomed.info/sct, 9014002, PSORIASIS",
    "http://snomed.info/sct, 55464009, LUPUS",
    "http://snomed.info/sct, 271737000, ANAEMIA",
    "http://snomed.info/sct, 302215000, THROMBOCYTOPENIA",
  })
  void aConditionOfTheIntakeAdditionsMapsToItsOwnCode(String system, String code, String expected) {
    FhirImport imported = FhirImport.of(bundle(new Condition().setCode(concept(system, code))));
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.toRequest(REQUEST).patient().conditions().orElseThrow()).extracting(Enum::name)
        .containsExactly(expected);
  }

  /** Two records of one condition: the more active is kept, as the more cautious. */
  @Test
  void ofTwoRecordsOfOneConditionTheMoreActiveIsKept() {
    PatientProfile patient = FhirImport.of(bundle(
            condition("C50.9", "resolved").setAbatement(new DateTimeType("2020-01-01")),
            condition("C18.0", "recurrence").setOnset(new DateTimeType("2026-10-01"))))
        .toRequest(REQUEST).patient();
    assertThat(patient.conditionDetails()).extracting(FhirImportMappingsTest::describe)
        .containsExactly("CANCER ACTIVE 2026-10-01");
  }

  /** A since that is no full date is reported; the condition is kept, with its status. */
  @Test
  void aPartialOnsetIsReportedAndTheConditionKept() {
    FhirImport imported = FhirImport.of(bundle(condition("E11.9", "active").setOnset(new DateTimeType("2019"))));
    assertThat(imported.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("Bundle.entry[0].resource.onsetDateTime");
      assertThat(p.message()).contains("without since").doesNotContain("2019");
    });
    assertThat(imported.toRequest(REQUEST).patient().statusOf(org.regimen.request.Condition.DIABETES))
        .contains(ConditionStatus.ACTIVE);
  }

  // --- medicines: ATC rows of the new kinds ---

  /** WHO ATC index: each row's group, with a substance of it (the longest prefix wins). */
  @ParameterizedTest
  @CsvSource({
    "D10BA01, ISOTRETINOIN", // isotretinoin, Retinoids for treatment of acne
    "D05BB02, ISOTRETINOIN", // acitretin, Retinoids for treatment of psoriasis (any systemic retinoid)
    "H02AB06, CORTICOSTEROID_SYSTEMIC", // prednisolone, Corticosteroids for systemic use
    "M01AE01, NSAID", // ibuprofen, Antiinflammatory and antirheumatic products, non-steroids
    "N02BA01, ASPIRIN", // acetylsalicylic acid as an analgesic
    "B01AC06, ANTIPLATELET", // acetylsalicylic acid as a platelet aggregation inhibitor
    "L01BA01, CHEMOTHERAPY", // methotrexate, Antineoplastic agents
    "D05BA02, PHOTOSENSITISING", // methoxsalen, Psoralens for systemic use
    "A10BJ06, GLP1_AGONIST", // semaglutide, GLP-1 analogues
    "J05AB01, ANTIVIRAL", // aciclovir, Antivirals for systemic use
  })
  void aMedicineMapsByItsAtcGroup(String atc, MedicationKind kind) {
    FhirImport imported = FhirImport.of(bundle(medication(atc)));
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.toRequest(REQUEST).patient().medications().orElseThrow())
        .extracting(Medication::kind).containsExactly(kind);
  }

  /**
   * Every medicine kind of the request has an ATC row, but the blood-thinning supplements (fish oil,
   * ginkgo, garlic): food supplements have no ATC group.
   */
  @Test
  void everyMedicineKindHasAnAtcRowButSupplements() {
    Set<MedicationKind> mapped = ImportCodes.standard().medications.stream()
        .map(e -> MedicationKind.valueOf(e.value().asText())).collect(Collectors.toSet());
    assertThat(EnumSet.complementOf(EnumSet.copyOf(mapped))).containsExactly(MedicationKind.BLOOD_THINNING_SUPPLEMENT);
  }

  /** A local corticosteroid (ATC D07) needs where it was given: the dosage's site (contract: area). */
  @Test
  void aLocalCorticosteroidTakesItsAreaFromTheDosageSite() {
    MedicationStatement onTheFace = medication("D07AC01"); // betamethasone
    onTheFace.addDosage().setSite(FACE);
    FhirImport imported = FhirImport.of(bundle(onTheFace, medication("D07AA02")));
    assertThat(imported.problems()).extracting(Problem::path).containsExactly("Bundle.entry[1].resource.dosage.site");
    assertThat(imported.toRequest(REQUEST).patient().medications().orElseThrow()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MedicationKind.CORTICOSTEROID_LOCAL);
      assertThat(m.area()).contains(BodyArea.FACE);
    });
  }

  // --- measured values: LOINC rows and UCUM units ---

  /**
   * LOINC 777-3, 718-7, 4548-4 with UCUM units: 10*3/uL is 10^9/L (platelets), g/L is a tenth of
   * g/dL (haemoglobin), % as is (HbA1c); the request's unit is the test's own (contract.md:
   * "PLATELET_COUNT in 10^9/L, HAEMOGLOBIN in g/dL, HBA1C in %").
   */
  @ParameterizedTest
  @CsvSource({
    "777-3, 95, 10*3/uL, PLATELET_COUNT, 95, 10^9/L",
    "777-3, 150, 10*9/L, PLATELET_COUNT, 150, 10^9/L",
    "718-7, 13.5, g/dL, HAEMOGLOBIN, 13.5, g/dL",
    "718-7, 135, g/L, HAEMOGLOBIN, 13.5, g/dL",
    "718-7, 120, g/L, HAEMOGLOBIN, 12, g/dL",
    "4548-4, 6.1, %, HBA1C, 6.1, %",
  })
  void aMeasuredValueIsConvertedToTheRequestsUnit(
      String loinc, String value, String ucum, LabTest test, String expected, String unit) {
    FhirImport imported = FhirImport.of(bundle(measured(loinc, value, UCUM, ucum)));
    assertThat(imported.problems()).isEmpty();
    LabResult result = imported.toRequest(REQUEST).patient().labResults().get(0);
    assertThat(result.test()).isEqualTo(test);
    assertThat(result.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    assertThat(result.unit()).contains(unit);
    assertThat(result.date()).hasToString("2026-12-18");
  }

  /** A unit the table does not convert, a unit outside UCUM, a limit: reported, never guessed. */
  @Test
  void anUnknownUnitIsReportedAndNothingImported() {
    Observation comparator = measured("777-3", "20", UCUM, "10*3/uL");
    comparator.getValueQuantity().setComparator(Quantity.QuantityComparator.LESS_THAN);
    Observation noValue = new Observation().setStatus(ObservationStatus.FINAL).setCode(concept(LOINC, "4548-4"))
        .setEffective(new DateTimeType("2026-12-18")).setValue(concept(V3, "H"));
    FhirImport imported = FhirImport.of(bundle(
        measured("718-7", "8.4", UCUM, "mmol/L"), // haemoglobin in mmol/L: not in the table
        measured("777-3", "245", "http://example.org/units", "10*3/uL"), // not UCUM
        comparator,
        noValue));
    assertThat(imported.problems()).extracting(Problem::path).containsExactly(
        "Bundle.entry[0].resource.valueQuantity", "Bundle.entry[1].resource.valueQuantity",
        "Bundle.entry[2].resource.valueQuantity.comparator", "Bundle.entry[3].resource.value");
    assertThat(imported.problems().get(0).message()).contains("g/dL", "g/L").doesNotContain("mmol", "8.4");
    assertThat(imported.patientJson()).isEqualTo("{}");
  }

  // --- pregnancy tests: LOINC hCG presence rows ---

  /** LOINC 2106-3 (urine) and 2118-8 (serum or plasma) hCG presence: the latest is the test on file. */
  @Test
  void thePregnancyTestIsTheLatestHcgResult() {
    Observation urine = qualitative("2106-3", "2026-12-01").setValue(concept(SNOMED, "10828004")); // positive
    Observation serum = qualitative("2118-8", "2026-12-20");
    serum.addInterpretation(concept(V3, "NEG"));
    FhirImport imported = FhirImport.of(bundle(serum, urine));
    assertThat(imported.problems()).isEmpty();
    TreatmentRequest request = imported.toRequest(REQUEST);
    assertThat(request.patient().reproductive().orElseThrow().pregnancyTest()).hasValueSatisfying(t ->
        assertThat(t.result() + " " + t.date()).isEqualTo("NEGATIVE 2026-12-20"));
    assertThat(request.patient().labResults()).isEmpty();
  }

  @Test
  void aPregnancyTestResultItDoesNotTakeIsReported() {
    Observation normal = qualitative("2106-3", "2026-12-01");
    normal.addInterpretation(concept(V3, "N"));
    FhirImport imported = FhirImport.of(bundle(normal));
    assertThat(imported.problems()).extracting(Problem::path).containsExactly("Bundle.entry[0].resource.value");
    assertThat(imported.patientJson()).isEqualTo("{}");
  }

  // --- procedures: procedure rows, body sites, day ---

  /**
   * SNOMED CT 445907001 "Laser procedure on skin" (DICOM CID 4409), 387713003 "Surgical procedure",
   * Regimen's own procedure kinds; one entry per body site read from body-sites.json in reverse or
   * Regimen's body-area code; the day from performedDateTime or performedPeriod.start.
   */
  @Test
  void aProcedureBecomesOneEntryPerArea() {
    org.hl7.fhir.r4.model.Procedure laser = procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "445907001"),
        "2026-12-01T09:00:00+01:00", FACE, concept(RegimenCodes.BODY_AREA, "ARMS"));
    org.hl7.fhir.r4.model.Procedure surgery = procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "387713003"),
        "2026-01-01", concept(SNOMED, "75093004")); // skin of abdomen
    surgery.setPerformed(new Period().setStartElement(new DateTimeType("2025-09-15")));
    org.hl7.fhir.r4.model.Procedure peel = procedure(ProcedureStatus.STOPPED,
        concept(ContractCodes.system(ProcedureKind.class), "CHEMICAL_PEEL"), "2026-12-20", FACE);
    FhirImport imported = FhirImport.of(bundle(laser, surgery, peel));
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.toRequest(REQUEST).patient().procedures().orElseThrow())
        .extracting(p -> p.kind() + " " + p.area() + " " + p.date())
        .containsExactly("LASER FACE 2026-12-01", "LASER ARMS 2026-12-01", "SURGERY ABDOMEN 2025-09-15",
            "CHEMICAL_PEEL FACE 2026-12-20");
  }

  /** Every procedure kind of the request can be sent in Regimen's own code system. */
  @Test
  void everyProcedureKindHasARow() {
    Set<String> mapped = ImportCodes.standard().procedures.stream().map(e -> e.value().asText()).collect(Collectors.toSet());
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(ProcedureKind.values()).map(Enum::name).toList());
  }

  /** Not done, no site, a site the import cannot read, no day: each reported at its place. */
  @Test
  void whatAProcedureLacksIsReported() {
    org.hl7.fhir.r4.model.Procedure planned =
        procedure(ProcedureStatus.PREPARATION, concept(SNOMED, "445907001"), "2027-02-01", FACE);
    org.hl7.fhir.r4.model.Procedure noSite = procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "445907001"), "2026-12-01");
    org.hl7.fhir.r4.model.Procedure oneUnknownSite = procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "445907001"),
        "2026-12-01", concept(SNOMED, "69536005"), FACE); // head: no area of the request
    org.hl7.fhir.r4.model.Procedure noDay = procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "445907001"), "2026-12-01", FACE)
        .setPerformed(null);
    FhirImport imported = FhirImport.of(bundle(planned, noSite, oneUnknownSite, noDay));
    assertThat(imported.problems()).extracting(Problem::path).containsExactly(
        "Bundle.entry[0].resource.status", "Bundle.entry[1].resource.bodySite",
        "Bundle.entry[2].resource.bodySite[0]", "Bundle.entry[3].resource.performed[x]");
    assertThat(imported.toRequest(REQUEST).patient().procedures().orElseThrow())
        .extracting(p -> p.kind() + " " + p.area()).containsExactly("LASER FACE");
  }

  // --- problems are the patient's data-free ---

  /** Problems name the place and the rule, never the record's codes, values, units or dates. */
  @Test
  void problemsNeverContainTheRecordsCodesOrValues() {
    Observation hcg = qualitative("2118-8", "2026-12-01");
    hcg.addInterpretation(concept(V3, "AA"));
    MedicationStatement local = medication("D07XA01");
    FhirImport imported = FhirImport.of(bundle(
        condition("E11.9", "active").setOnset(new DateTimeType("1987-06")),
        condition("Q99.8", "remission"),
        local,
        measured("718-7", "7.77", UCUM, "mg/mL"),
        hcg,
        procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "13413003"), "2026-12-01", FACE),
        procedure(ProcedureStatus.COMPLETED, concept(SNOMED, "445907001"), "2026-12-01", concept(SNOMED, "123851003"))));
    List<String> messages = new ArrayList<>();
    imported.problems().forEach(p -> messages.add(p.path() + " " + p.message()));
    assertThat(messages).hasSize(7);
    for (String secret : List.of("E11", "1987", "Q99", "D07XA01", "7.77", "mg/mL", "2118-8", "13413003",
        "123851003", "2026-12-01", "445907001")) {
      assertThat(messages).as(secret).noneMatch(m -> m.contains(secret));
    }
  }

  private static Bundle bundle(Resource... resources) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Arrays.stream(resources).forEach(r -> bundle.addEntry().setResource(r));
    return bundle;
  }

  private static Condition condition(String icd10, String clinicalStatus) {
    Condition condition = new Condition().setCode(concept(ICD10, icd10));
    if (clinicalStatus != null) {
      condition.setClinicalStatus(new CodeableConcept().addCoding(new Coding(CLINICAL, clinicalStatus, null)));
    }
    return condition;
  }

  private static MedicationStatement medication(String atc) {
    return new MedicationStatement().setStatus(MedicationStatementStatus.ACTIVE)
        .setMedication(concept(ATC, atc));
  }

  private static Observation measured(String loinc, String value, String system, String ucum) {
    return new Observation().setStatus(ObservationStatus.FINAL).setCode(concept(LOINC, loinc))
        .setEffective(new DateTimeType("2026-12-18"))
        .setValue(new Quantity().setValue(new BigDecimal(value)).setSystem(system).setCode(ucum).setUnit(ucum));
  }

  private static Observation qualitative(String loinc, String day) {
    return new Observation().setStatus(ObservationStatus.FINAL).setCode(concept(LOINC, loinc))
        .setEffective(new DateTimeType(day));
  }

  private static String describe(ConditionDetail d) {
    return d.code() + " " + d.status().map(Enum::name).orElse("-") + " " + d.since().map(Object::toString).orElse("-");
  }
}
