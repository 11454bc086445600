package org.regimen.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.request.Assessment;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Indication;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.PatientProfile;
import org.regimen.request.Severity;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

/** Which of the request's values a part of a combination takes, as validation and planning read it. */
class PartDefaultsTest {
  private static final StriaeAssessment STRIAE =
      StriaeAssessment.builder().severity(Severity.MODERATE).build();
  private static final Assessment ASSESSMENT =
      Assessment.builder().severity(Severity.MODERATE).build();

  /** Stretch marks on the abdomen, assessed, combined from {@code part} and a bare "other". */
  private static TreatmentRequest stretchMarks(CombinedTreatment part) {
    return TreatmentRequest.builder()
        .asOf(LocalDate.of(2026, 3, 2))
        .indication(Indication.STRETCH_MARKS)
        .striae(STRIAE)
        .assessment(ASSESSMENT)
        .addAreas(BodyArea.ABDOMEN)
        .patient(PatientProfile.builder().build())
        .addTreatments(part, CombinedTreatment.of("other"))
        .build();
  }

  @Test
  void aPartThatNamesOnlyItsTreatmentTakesEverythingFromTheRequest() {
    CombinedTreatment part = CombinedTreatment.of("weekly");
    TreatmentRequest request = stretchMarks(part);

    assertThat(PartDefaults.indication(request, part)).isEqualTo(Indication.STRETCH_MARKS);
    assertThat(PartDefaults.areas(request, part)).containsExactly(BodyArea.ABDOMEN);
    assertThat(PartDefaults.assessment(request, part)).contains(ASSESSMENT);
    assertThat(PartDefaults.striae(request, part)).contains(STRIAE);
    assertThat(PartDefaults.laxity(request, part)).isEmpty();
  }

  @Test
  void aPartWithAnotherIndicationDoesNotTakeTheRequestsStriae() {
    CombinedTreatment part =
        CombinedTreatment.builder().treatment("facial").indication(Indication.SKIN_LAXITY).build();
    TreatmentRequest request = stretchMarks(part);

    assertThat(PartDefaults.indication(request, part)).isEqualTo(Indication.SKIN_LAXITY);
    assertThat(PartDefaults.striae(request, part)).isEmpty();
    // The general assessment and the areas are not about one indication: they still apply.
    assertThat(PartDefaults.assessment(request, part)).contains(ASSESSMENT);
    assertThat(PartDefaults.areas(request, part)).containsExactly(BodyArea.ABDOMEN);
  }

  @Test
  void aPartsOwnValuesWin() {
    StriaeAssessment own = StriaeAssessment.builder().severity(Severity.SEVERE).build();
    LaxityAssessment laxity = LaxityAssessment.builder().severity(Severity.MILD).build();
    Assessment assessment = Assessment.builder().severity(Severity.SEVERE).build();
    CombinedTreatment part =
        CombinedTreatment.builder()
            .treatment("weekly")
            .striae(own)
            .laxity(laxity)
            .assessment(assessment)
            .addAreas(BodyArea.HIPS)
            .build();
    TreatmentRequest request = stretchMarks(part);

    assertThat(PartDefaults.striae(request, part)).contains(own);
    assertThat(PartDefaults.laxity(request, part)).contains(laxity);
    assertThat(PartDefaults.assessment(request, part)).contains(assessment);
    assertThat(PartDefaults.areas(request, part)).containsExactly(BodyArea.HIPS);
  }
}
