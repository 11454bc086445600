package org.regimen.treatment.prp;

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
 * Moderate stretch marks, 2 sessions once every 3 months (000): a partial response extends the
 * course to the source's 3 ("Depending on the initial response, additional sessions may be
 * recommended"); a break of more than six months asks for a reassessment.
 */
class PrpCourseInProgressTest extends CourseInProgressExamples {
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 4);

  @Override
  protected TreatmentRequest request() {
    return TreatmentRequest.builder()
        .asOf(AS_OF)
        .treatment("prp")
        .indication(Indication.STRETCH_MARKS)
        .addAreas(BodyArea.ABDOMEN)
        .striae(StriaeAssessment.builder().stage(StriaeStage.RUBRA).severity(Severity.MODERATE).ageMonths(5).build())
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
    return 90;
  }

  @Override
  protected int expectedMinimumGap() {
    return 90;
  }

  @Override
  protected int expectedLongBreakDays() {
    return 180;
  }

  @Override
  protected String expectedLongBreakSource() {
    return "000_cee33dee1438d68f.txt";
  }

  @Override
  protected int expectedPartialCount() {
    return 3;
  }

  @Override
  protected String expectedFaintingWords() {
    return "Draw the blood with the patient lying down";
  }
}
