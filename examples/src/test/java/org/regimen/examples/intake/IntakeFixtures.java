package org.regimen.examples.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.regimen.Regimen;
import org.regimen.plan.Finding;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;
import org.regimen.request.TreatmentRequest;

/**
 * Patients and requests for the intake examples (issue 12): the same stretch-mark request on the
 * abdomen and the thighs in every therapy, so an area-scoped fact leaves one area planned.
 */
final class IntakeFixtures {
  static final Regimen REGIMEN = Regimen.load();
  static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
  static final List<String> THERAPIES = List.of("mesotherapy", "plasma", "prp", "stemcell");
  static final String DHURAT = "Dhurat R, Sukesh M. Principles and Methods of Preparation of Platelet-Rich Plasma";
  static final String DOC_001 = "001";
  static final String DOC_004 = "004";

  private IntakeFixtures() {}

  /** A 32-year-old of whom everything is known and nothing is wrong, with 004's tests on file. */
  static ImmutablePatientProfile.Builder healthy() {
    LocalDate taken = AS_OF.minusDays(10);
    return PatientProfile.builder()
        .birthDate(LocalDate.of(1994, 5, 2))
        .sex(Sex.FEMALE)
        .pregnancy(PregnancyStatus.NONE)
        .conditions(List.of())
        .medications(List.of())
        .allergies(List.of())
        .areaFindings(List.of())
        .procedures(List.of())
        .reproductive(Reproductive.builder().tryingToConceive(false).build())
        .menstruation(MenstrualCycle.builder().lastStart(AS_OF.minusDays(2)).cycleDays(28).periodDays(5).build())
        .addLabResults(
            LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, taken),
            LabResult.of(LabTest.HEPATITIS, LabOutcome.NEGATIVE, taken),
            LabResult.of(LabTest.SYPHILIS, LabOutcome.NEGATIVE, taken),
            LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.NORMAL, taken),
            LabResult.of(LabTest.BLOOD_BIOCHEMISTRY, LabOutcome.NORMAL, taken));
  }

  static TreatmentRequest request(String treatment, PatientProfile patient, BodyArea... areas) {
    return TreatmentRequest.builder()
        .id("intake-" + treatment)
        .asOf(AS_OF)
        .treatment(treatment)
        .indication(Indication.STRETCH_MARKS)
        .addAreas(areas.length == 0 ? new BodyArea[] {BodyArea.ABDOMEN, BodyArea.THIGHS} : areas)
        .patient(patient)
        .build();
  }

  static TreatmentPlan plan(String treatment, UnaryOperator<ImmutablePatientProfile.Builder> change) {
    return REGIMEN.plan(request(treatment, change.apply(healthy()).build()));
  }

  static List<String> codes(TreatmentPlan plan) {
    return plan.eligibility().findings().stream().map(Finding::code).toList();
  }

  static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + codes(plan)));
  }
}
