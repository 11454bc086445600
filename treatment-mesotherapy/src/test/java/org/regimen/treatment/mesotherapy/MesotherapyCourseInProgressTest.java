package org.regimen.treatment.mesotherapy;

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
 * Red marks, 10 weekly sessions (002): a course in progress. 002 gives no extension for a partial
 * response, and its long-break rule (three months, a Regimen default) cites "as long as the
 * consistency in the aesthetic treatment is maintained".
 */
class MesotherapyCourseInProgressTest extends CourseInProgressExamples {
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 4);

  @Override
  protected TreatmentRequest request() {
    return TreatmentRequest.builder()
        .asOf(AS_OF)
        .treatment("mesotherapy")
        .indication(Indication.STRETCH_MARKS)
        .addAreas(BodyArea.HIPS)
        .striae(StriaeAssessment.builder().stage(StriaeStage.RUBRA).severity(Severity.MILD).ageMonths(4).build())
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
    return 10;
  }

  @Override
  protected int expectedPreferredGap() {
    return 7;
  }

  @Override
  protected int expectedMinimumGap() {
    return 7;
  }

  @Override
  protected int expectedLongBreakDays() {
    return 90;
  }

  @Override
  protected String expectedLongBreakSource() {
    return "002_143d3d91613fde99.txt";
  }

  @Override
  protected int expectedPartialCount() {
    return 10;
  }

  @Override
  protected String expectedFaintingWords() {
    return "Treat the patient lying down";
  }
}
