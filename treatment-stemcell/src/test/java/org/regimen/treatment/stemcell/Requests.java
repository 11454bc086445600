package org.regimen.treatment.stemcell;

import java.time.LocalDate;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Reproductive;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.Lifestyle;
import org.regimen.request.SkinType;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Skin;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/** Stem cell requests for the tests, built in Java: one healthy reference patient and variations. */
final class Requests {
  static final Regimen REGIMEN = Regimen.load();
  /** A Tuesday; no calendar constraints, so every day is open and dates follow the protocol alone. */
  static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);

  private Requests() {}

  /** A 32-year-old of whom everything the rules need is known and nothing is wrong. */
  static ImmutablePatientProfile.Builder healthy() {
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
        .skin(Skin.builder().fitzpatrick(Fitzpatrick.III).type(SkinType.NORMAL).build())
        .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(false).build());
  }

  static StriaeAssessment striae(StriaeStage stage, int ageMonths, Severity severity) {
    return StriaeAssessment.builder().stage(stage).ageMonths(ageMonths).severity(severity).build();
  }

  /** The reference case: moderate, recent (red, 5 months) marks on the thighs. */
  static ImmutableTreatmentRequest.Builder moderateRecent(BodyArea... areas) {
    return TreatmentRequest.builder()
        .id("test-stemcell")
        .asOf(AS_OF)
        .treatment("stemcell")
        .indication(Indication.STRETCH_MARKS)
        .striae(striae(StriaeStage.RUBRA, 5, Severity.MODERATE))
        .addAreas(areas.length == 0 ? new BodyArea[] {BodyArea.THIGHS} : areas)
        .patient(healthy().build());
  }

  static TreatmentPlan plan(TreatmentRequest request) {
    return REGIMEN.plan(request);
  }

  static TreatmentPlan plan(ImmutableTreatmentRequest.Builder request) {
    return REGIMEN.plan(request.build());
  }
}
