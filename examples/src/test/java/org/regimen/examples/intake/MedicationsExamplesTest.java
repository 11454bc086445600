package org.regimen.examples.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regimen.examples.intake.IntakeFixtures.AS_OF;
import static org.regimen.examples.intake.IntakeFixtures.DHURAT;
import static org.regimen.examples.intake.IntakeFixtures.DOC_001;
import static org.regimen.examples.intake.IntakeFixtures.DOC_004;
import static org.regimen.examples.intake.IntakeFixtures.REGIMEN;
import static org.regimen.examples.intake.IntakeFixtures.THERAPIES;
import static org.regimen.examples.intake.IntakeFixtures.codes;
import static org.regimen.examples.intake.IntakeFixtures.finding;
import static org.regimen.examples.intake.IntakeFixtures.healthy;
import static org.regimen.examples.intake.IntakeFixtures.plan;
import static org.regimen.examples.intake.IntakeFixtures.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.handout.Handout;
import org.regimen.json.RegimenJson;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableMedication;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.TreatmentRequest;

/**
 * Medicines as a clinic records them (issue 12): each new kind in every therapy, with the source or
 * publication its verdict cites (the whole matrix: docs/screening-matrix.md).
 */
class MedicationsExamplesTest {
  private static final String PAUSE = "PAUSE_BLOOD_THINNING_PAINKILLERS";

  private static Medication course(MedicationKind kind, LocalDate from, LocalDate until) {
    return ImmutableMedication.builder().kind(kind).from(from).until(until).build();
  }

  private static TreatmentPlan taking(String treatment, Medication... medications) {
    return plan(treatment, p -> p.medications(List.of(medications)));
  }

  // Regimen default (baseline ISOTRETINOIN): 6 months after the last dose, kept although the ASDS
  // consensus (Waldman et al., Dermatol Surg 2017) found no convincing evidence for the wait.
  @Test
  void isotretinoinStoppedTwoMonthsAgo_defersEveryTherapyToSixMonthsAfterTheLastDose() {
    LocalDate last = AS_OF.minusMonths(2);
    for (String therapy : THERAPIES) {
      TreatmentPlan plan = taking(therapy, course(MedicationKind.ISOTRETINOIN, last.minusMonths(5), last));
      Finding f = finding(plan, "ISOTRETINOIN");
      assertThat(f.severity()).as(therapy).isEqualTo(FindingSeverity.TEMPORARY);
      assertThat(f.until()).as(therapy).contains(last.plusDays(183));
      assertThat(f.source()).isEqualTo("regimen-default");
      assertThat(f.sourceWords()).contains("Waldman").contains("Dermatol Surg. 2017");
      assertThat(plan.eligibility().status()).as(therapy).isEqualTo(EligibilityStatus.DEFERRED);
      assertThat(plan.sessions()).as(therapy).isNotEmpty()
          .allSatisfy(s -> assertThat(s.date()).isAfter(last.plusDays(183)));
    }
  }

  @Test
  void isotretinoinStoppedSevenMonthsAgo_isHistory() {
    for (String therapy : THERAPIES) {
      TreatmentPlan plan =
          taking(therapy, course(MedicationKind.ISOTRETINOIN, AS_OF.minusMonths(12), AS_OF.minusMonths(7)));
      assertThat(codes(plan)).as(therapy).doesNotContain("ISOTRETINOIN");
    }
  }

  @Test
  void ongoingIsotretinoin_orAFarFutureLastDay_givesNoSessions() {
    for (Medication m :
        List.of(Medication.ongoing(MedicationKind.ISOTRETINOIN),
            Medication.until(MedicationKind.ISOTRETINOIN, LocalDate.of(9999, 12, 31)))) {
      for (String therapy : THERAPIES) {
        TreatmentPlan plan = taking(therapy, m);
        assertThat(finding(plan, "ISOTRETINOIN").until()).as(therapy).isEmpty();
        assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
        assertThat(plan.sessions()).as(therapy).isEmpty();
      }
    }
  }

  // Dhurat & Sukesh 2014: "consistent use of NSAIDs within 48 hours of procedure" is a relative
  // contraindication to a platelet product (PRP, and plasma therapy's platelet-rich plasma);
  // 001 "stop certain supplements or blood-thinning medications a week or two before" for the rest.
  @Test
  void selfTakenIbuprofen_needsClearanceForPlateletProducts_andIsAPrecautionElsewhere() {
    Medication ibuprofen = ImmutableMedication.builder().kind(MedicationKind.NSAID).prescribed(false).build();
    for (String therapy : List.of("prp", "plasma")) {
      Finding f = finding(taking(therapy, ibuprofen), "BLOOD_THINNING_PAINKILLER");
      assertThat(f.severity()).as(therapy).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(f.source()).startsWith(DHURAT);
      assertThat(f.sourceWords()).contains("NSAIDs within 48 hours");
    }
    for (String therapy : List.of("mesotherapy", "stemcell")) {
      Finding f = finding(taking(therapy, ibuprofen), "BLOOD_THINNING_PAINKILLER");
      assertThat(f.severity()).as(therapy).isEqualTo(FindingSeverity.PRECAUTION);
      assertThat(f.source()).startsWith(DOC_001);
    }
  }

  @Test
  void aSelfTakenPainkiller_isPausedSevenDaysBeforeEverySession_inEveryTherapy() {
    for (MedicationKind kind : List.of(MedicationKind.NSAID, MedicationKind.ASPIRIN)) {
      for (String therapy : THERAPIES) {
        TreatmentPlan plan = taking(therapy, ImmutableMedication.builder().kind(kind).prescribed(false).build());
        assertThat(plan.sessions()).as(therapy).isNotEmpty();
        for (Session s : plan.sessions()) {
          DatedInstruction pause =
              s.before().stream().filter(i -> i.code().equals(PAUSE)).findFirst().orElseThrow();
          assertThat(pause.days().from()).isEqualTo(s.date().minusDays(7));
          assertThat(pause.text()).contains("by your own choice").contains("Keep taking every medicine a doctor prescribed");
        }
      }
    }
  }

  /** design.md, "Medication instructions stay safe": a prescribed painkiller is never paused. */
  @Test
  void aPrescribedNsaid_isNeverPaused_andThePatientKeepsTakingIt() {
    Medication prescribed = ImmutableMedication.builder().kind(MedicationKind.NSAID).prescribed(true).build();
    for (String therapy : THERAPIES) {
      TreatmentPlan plan = taking(therapy, prescribed);
      assertThat(plan.sessions()).flatExtracting(Session::before).extracting(DatedInstruction::code)
          .as(therapy).doesNotContain(PAUSE);
      Finding f = finding(plan, "BLOOD_THINNING_PAINKILLER");
      assertThat(f.patientMessage()).get().asString().contains("If a doctor prescribed it, keep taking it exactly as prescribed");
    }
  }

  @Test
  void withoutAPainkiller_thereIsNoPause() {
    for (String therapy : THERAPIES) {
      assertThat(taking(therapy).sessions()).flatExtracting(Session::before).extracting(DatedInstruction::code)
          .doesNotContain(PAUSE);
    }
  }

  @Test
  void aPrescribedAspirin_isAnInputError_itIsAnAntiplatelet() {
    TreatmentRequest request =
        request("prp", healthy()
            .medications(List.of(ImmutableMedication.builder().kind(MedicationKind.ASPIRIN).prescribed(true).build()))
            .build());
    InvalidRequestException e = catchThrowableOfType(() -> REGIMEN.plan(request), InvalidRequestException.class);
    assertThat(e.problems()).extracting(Problem::path).containsExactly("patient.medications[0].prescribed");
  }

  // Dhurat & Sukesh 2014: "corticosteroid injection at treatment site within 1 month"; the baseline
  // applies the same month in every therapy (Regimen default citing it).
  @Test
  void aSteroidInjectedIntoTheAbdomenLastWeek_leavesTheAbdomenOut_andPlansTheThighs() {
    Medication injection =
        ImmutableMedication.builder().kind(MedicationKind.CORTICOSTEROID_LOCAL).area(BodyArea.ABDOMEN)
            .from(AS_OF.minusDays(7)).until(AS_OF.minusDays(7)).build();
    for (String therapy : THERAPIES) {
      TreatmentPlan plan = taking(therapy, injection);
      Finding f = finding(plan, "LOCAL_STEROID_INJECTION");
      assertThat(f.area()).contains(BodyArea.ABDOMEN);
      assertThat(f.until()).contains(AS_OF.minusDays(7).plusDays(30));
      assertThat(plan.eligibility().excludedAreas()).extracting(ExcludedArea::area).as(therapy).containsExactly(BodyArea.ABDOMEN);
      assertThat(plan.sessions()).as(therapy).isNotEmpty().allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.THIGHS));
      if (therapy.equals("prp")) {
        assertThat(f.source()).startsWith(DHURAT);
      } else {
        assertThat(f.sourceWords()).contains("Dhurat");
      }
    }
  }

  @Test
  void aSteroidInjectedElsewhere_orTwoMonthsAgo_changesNothing() {
    for (String therapy : THERAPIES) {
      assertThat(codes(taking(therapy, Medication.inArea(MedicationKind.CORTICOSTEROID_LOCAL, BodyArea.FACE))))
          .doesNotContain("LOCAL_STEROID_INJECTION");
      assertThat(codes(taking(therapy,
              ImmutableMedication.builder().kind(MedicationKind.CORTICOSTEROID_LOCAL).area(BodyArea.ABDOMEN)
                  .until(AS_OF.minusDays(60)).build())))
          .doesNotContain("LOCAL_STEROID_INJECTION");
    }
  }

  @Test
  void aLocalSteroidWithoutItsArea_andAnAreaOnATablet_areInputErrors() {
    TreatmentRequest request =
        request("prp", healthy()
            .medications(List.of(
                Medication.ongoing(MedicationKind.CORTICOSTEROID_LOCAL),
                Medication.inArea(MedicationKind.CORTICOSTEROID_SYSTEMIC, BodyArea.FACE)))
            .build());
    InvalidRequestException e = catchThrowableOfType(() -> REGIMEN.plan(request), InvalidRequestException.class);
    assertThat(e.problems()).extracting(Problem::path)
        .containsExactly("patient.medications[0].area", "patient.medications[1].area");
  }

  // Dhurat & Sukesh 2014: "systemic use of corticosteroids within 2 weeks" (PRP); 004 "Weak
  // immunity." (plasma, not carried out); a physician clears it elsewhere (Regimen default).
  @Test
  void prednisoloneEndingTomorrow_perTherapy() {
    Medication prednisolone = Medication.until(MedicationKind.CORTICOSTEROID_SYSTEMIC, AS_OF.plusDays(1));
    Finding prp = finding(taking("prp", prednisolone), "SYSTEMIC_CORTICOSTEROID");
    assertThat(prp.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(prp.source()).startsWith(DHURAT);
    TreatmentPlan plasma = taking("plasma", prednisolone);
    Finding weak = finding(plasma, "SYSTEMIC_CORTICOSTEROID");
    assertThat(weak.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(weak.source()).startsWith(DOC_004);
    assertThat(weak.until()).contains(AS_OF.plusDays(15));
    assertThat(plasma.sessions()).allSatisfy(s -> assertThat(s.date()).isAfter(AS_OF.plusDays(15)));
    for (String therapy : List.of("mesotherapy", "stemcell")) {
      assertThat(finding(taking(therapy, prednisolone), "SYSTEMIC_CORTICOSTEROID").severity())
          .isEqualTo(FindingSeverity.RELATIVE);
    }
    for (String therapy : THERAPIES) {
      assertThat(codes(taking(therapy, Medication.until(MedicationKind.CORTICOSTEROID_SYSTEMIC, AS_OF.minusDays(15)))))
          .as("two weeks after the last dose, %s", therapy).doesNotContain("SYSTEMIC_CORTICOSTEROID");
    }
  }

  // 004 "Oncology." rules plasma out; elsewhere chemotherapy is waited out (Regimen default).
  @Test
  void chemotherapy_rulesPlasmaOut_andDefersTheOthers() {
    Medication chemo = Medication.until(MedicationKind.CHEMOTHERAPY, AS_OF.minusDays(10));
    TreatmentPlan plasma = taking("plasma", chemo);
    assertThat(plasma.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(finding(plasma, "CHEMOTHERAPY").source()).startsWith(DOC_004);
    for (String therapy : List.of("mesotherapy", "prp", "stemcell")) {
      Finding f = finding(taking(therapy, chemo), "CHEMOTHERAPY");
      assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
      assertThat(f.until()).contains(AS_OF.minusDays(10).plusDays(90));
    }
  }

  // 004 "The presence of sugar in the blood.": a GLP-1 agonist may be for diabetes.
  @Test
  void glp1Agonist_perTherapy() {
    Finding plasma = finding(taking("plasma", Medication.ongoing(MedicationKind.GLP1_AGONIST)), "GLP1_AGONIST");
    assertThat(plasma.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(plasma.source()).startsWith(DOC_004);
    Finding stemcell = finding(taking("stemcell", Medication.ongoing(MedicationKind.GLP1_AGONIST)), "GLP1_AGONIST");
    assertThat(stemcell.severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(stemcell.message()).contains("harvest");
    for (String therapy : List.of("mesotherapy", "prp")) {
      assertThat(finding(taking(therapy, Medication.ongoing(MedicationKind.GLP1_AGONIST)), "GLP1_AGONIST").severity())
          .isEqualTo(FindingSeverity.PRECAUTION);
    }
  }

  @Test
  void photosensitisingMedicineAndAntiviral_arePrecautionsEverywhere() {
    for (String therapy : THERAPIES) {
      TreatmentPlan plan = taking(therapy,
          Medication.ongoing(MedicationKind.PHOTOSENSITISING), Medication.ongoing(MedicationKind.ANTIVIRAL));
      assertThat(finding(plan, "PHOTOSENSITISING_MEDICINE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
      assertThat(finding(plan, "ANTIVIRAL").severity()).isEqualTo(FindingSeverity.PRECAUTION);
      assertThat(plan.eligibility().status()).as(therapy).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    }
  }

  @Test
  void theNewFieldsReadFromJson_andTheOldFormStaysValid() {
    RegimenJson json = RegimenJson.create();
    String body = "{\"asOf\":\"2027-03-01\",\"treatment\":\"prp\",\"indication\":\"STRETCH_MARKS\","
        + "\"areas\":[\"ABDOMEN\",\"THIGHS\"],\"patient\":{\"medications\":["
        + "{\"kind\":\"ISOTRETINOIN\",\"from\":\"2026-05-01\",\"until\":\"2026-11-30\"},"
        + "{\"kind\":\"NSAID\",\"prescribed\":false},"
        + "{\"kind\":\"CORTICOSTEROID_LOCAL\",\"area\":\"ABDOMEN\",\"until\":\"2027-02-20\"},"
        + "{\"kind\":\"ANTIBIOTIC\",\"until\":\"2027-02-01\"}]}}";
    TreatmentRequest request = json.readRequest(body);
    assertThat(request.patient().medications().orElseThrow().get(2).area()).contains(BodyArea.ABDOMEN);
    assertThat(json.readRequest(json.writeRequest(request))).isEqualTo(request);
    String old = "{\"asOf\":\"2027-03-01\",\"treatment\":\"prp\",\"indication\":\"STRETCH_MARKS\","
        + "\"areas\":[\"ABDOMEN\"],\"patient\":{\"medications\":[{\"kind\":\"ANTICOAGULANT\"}]}}";
    assertThat(REGIMEN.plan(json.readRequest(old)).eligibility().findings()).extracting(Finding::code)
        .contains("ANTICOAGULANT_THERAPY");
  }

  /** No patient text of the new medicines tells anyone to stop a prescribed medicine. */
  @Test
  void handoutsNeverTellToStopAPrescribedMedicine() {
    for (String therapy : THERAPIES) {
      for (MedicationKind kind : MedicationKind.values()) {
        Medication m = kind.isLocal()
            ? ImmutableMedication.builder().kind(kind).area(BodyArea.ABDOMEN).prescribed(true).build()
            : ImmutableMedication.builder().kind(kind).prescribed(kind != MedicationKind.ASPIRIN).build();
        String handout = Handout.markdown(taking(therapy, m), Optional.empty()).toLowerCase(java.util.Locale.ROOT);
        for (String sentence : handout.split("[.;:!?](\\s|$)")) {
          boolean stop = sentence.matches("(?s).*\\b(stop|discontinu|interrupt|paus).*");
          boolean prescribedMedicine = sentence.matches("(?s).*(prescri|medic).*");
          assertThat(stop && prescribedMedicine).as("%s %s: %s", therapy, kind, sentence).isFalse();
        }
      }
    }
  }
}
