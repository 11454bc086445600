package org.regimen.treatment.mesotherapy;

import java.time.LocalDate;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;
import org.regimen.request.Lifestyle;
import org.regimen.request.SkinType;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Skin;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;

/** Mesotherapy requests for the tests: a patient of whom everything is known and nothing is wrong. */
final class Requests {
  static final Regimen REGIMEN = Regimen.load();
  /** A Monday. */
  static final LocalDate AS_OF = LocalDate.of(2027, 1, 4);

  private Requests() {}

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

  static ImmutableTreatmentRequest.Builder request(StriaeStage stage, BodyArea... areas) {
    return base(areas).striae(StriaeAssessment.builder().stage(stage).build());
  }

  /** A request whose assessment does not say the stage of the marks. */
  static ImmutableTreatmentRequest.Builder base(BodyArea... areas) {
    return org.regimen.request.TreatmentRequest.builder()
        .asOf(AS_OF)
        .treatment("mesotherapy")
        .indication(Indication.STRETCH_MARKS)
        .addAreas(areas.length == 0 ? new BodyArea[] {BodyArea.ABDOMEN} : areas)
        .patient(healthy().build())
        .calendar(CalendarConstraints.NONE);
  }

  static TreatmentPlan plan(ImmutableTreatmentRequest.Builder request) {
    return REGIMEN.plan(request.build());
  }
}
