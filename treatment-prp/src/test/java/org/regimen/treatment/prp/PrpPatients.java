package org.regimen.treatment.prp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.regimen.Regimen;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.Lifestyle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Reproductive;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/**
 * Requests for the PRP fact tests: a patient about whom everything the PRP rules ask is known and
 * none of it holds treatment back, planned on an open calendar, so each fact shows in the plan
 * without a finding, an adjustment or a closed day in the way.
 */
final class PrpPatients {
  /** The day every plan is made; session 1 falls on it when nothing holds it back. */
  static final LocalDate AS_OF = LocalDate.of(2027, 1, 11);

  /** Sessions start here: same as {@link #AS_OF}, since the PRP courses have no preparation lead time. */
  static final LocalDate FIRST_SESSION = AS_OF;

  static final Regimen REGIMEN = Regimen.load();

  /** How the plan names document 000 (stretch marks) in {@code sources} and in each item's source. */
  static final String DOC_000 = "000_cee33dee1438d68f.txt";

  /** How the plan names document 003 (skin tightening and smoothing). */
  static final String DOC_003 = "003_e0ba78e739644709.txt";

  /** The start of the citation of the publication the skin-tightening course's count and interval come from. */
  static final String NANDA_2021 = "Nanda S, Chauhan K, Shetty V, Dashore S, Bhatia S. Platelet-Rich Plasma in Aesthetics";

  private PrpPatients() {}

  /** An adult, not pregnant or breastfeeding, with no condition, medication, allergy or area finding. */
  static ImmutablePatientProfile.Builder eligiblePatient() {
    return PatientProfile.builder()
        .birthDate(LocalDate.of(1990, 6, 15))
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

  /** Stretch marks (document 000), moderate red marks on the abdomen, for the eligible patient. */
  static ImmutableTreatmentRequest.Builder stretchMarks(BodyArea... areas) {
    return TreatmentRequest.builder()
        .id("prp-fact-test")
        .asOf(AS_OF)
        .treatment("prp")
        .indication(Indication.STRETCH_MARKS)
        .striae(striae(StriaeStage.RUBRA, Severity.MODERATE))
        .areas(areas.length == 0 ? List.of(BodyArea.ABDOMEN) : Arrays.asList(areas))
        .patient(eligiblePatient().build());
  }

  /** Skin laxity (document 003), mild, on the face, for the eligible patient. */
  static ImmutableTreatmentRequest.Builder skinTightening(BodyArea... areas) {
    return TreatmentRequest.builder()
        .id("prp-fact-test")
        .asOf(AS_OF)
        .treatment("prp")
        .indication(Indication.SKIN_LAXITY)
        .laxity(LaxityAssessment.builder().severity(Severity.MILD).build())
        .areas(areas.length == 0 ? List.of(BodyArea.FACE) : Arrays.asList(areas))
        .patient(eligiblePatient().build());
  }

  static StriaeAssessment striae(StriaeStage stage, Severity severity) {
    return StriaeAssessment.builder()
        .stage(Optional.ofNullable(stage))
        .severity(Optional.ofNullable(severity))
        .build();
  }

  static TreatmentPlan plan(TreatmentRequest request) {
    return REGIMEN.plan(request);
  }

  static TreatmentPlan plan(ImmutableTreatmentRequest.Builder request) {
    return REGIMEN.plan(request.build());
  }

  /** Days between consecutive sessions. */
  static List<Long> gaps(TreatmentPlan plan) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < plan.sessions().size(); i++) {
      gaps.add(ChronoUnit.DAYS.between(plan.sessions().get(i - 1).date(), plan.sessions().get(i).date()));
    }
    return gaps;
  }

  static LocalDate firstSession(TreatmentPlan plan) {
    return plan.sessions().get(0).date();
  }

  static LocalDate lastSession(TreatmentPlan plan) {
    return plan.sessions().get(plan.sessions().size() - 1).date();
  }
}
