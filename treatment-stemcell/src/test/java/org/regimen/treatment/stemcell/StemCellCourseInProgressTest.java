package org.regimen.treatment.stemcell;

import java.time.LocalDate;
import java.util.List;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.Indication;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.CourseInProgressExamples;
import org.regimen.request.Severity;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;

/**
 * Mild, recent marks, 2 sessions a few weeks apart (001): the only course whose preferred gap (28)
 * is longer than its minimum (14), so a late session shows the rhythm's slack.
 */
class StemCellCourseInProgressTest extends CourseInProgressExamples {
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 4);

  @Override
  protected TreatmentRequest request() {
    return TreatmentRequest.builder()
        .asOf(AS_OF)
        .treatment("stemcell")
        .indication(Indication.STRETCH_MARKS)
        .addAreas(BodyArea.THIGHS)
        .striae(StriaeAssessment.builder().stage(StriaeStage.RUBRA).severity(Severity.MILD).ageMonths(5).build())
        .patient(
            PatientProfile.builder()
                .birthDate(LocalDate.of(1990, 3, 4))
                .sex(Sex.FEMALE)
                .pregnancy(PregnancyStatus.NONE)
                .conditions(List.of())
                .medications(List.of())
                .allergies(List.of())
                .areaFindings(List.of())
                .procedures(List.of())
                .reproductive(org.regimen.request.Reproductive.builder().tryingToConceive(false).build())
                .build())
        .calendar(CalendarConstraints.NONE)
        .build();
  }

  @Override
  protected int expectedSessions() {
    return 2;
  }

  @Override
  protected int expectedPreferredGap() {
    return 28;
  }

  @Override
  protected int expectedMinimumGap() {
    return 14;
  }

  @Override
  protected int expectedLongBreakDays() {
    return 90;
  }

  @Override
  protected String expectedLongBreakSource() {
    return "001_b38aff59189dd747.txt";
  }

  @Override
  protected int expectedPartialCount() {
    return 2;
  }

  @Override
  protected String expectedFaintingWords() {
    return "Treat the patient lying down";
  }
}
