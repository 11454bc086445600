package org.regimen.treatment.plasma;

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
import org.regimen.request.Fitzpatrick;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Lifestyle;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;

/**
 * Fine lines on normal skin, 3 sessions at least 7 days apart (004), tests on file: a course in
 * progress keeps its laboratory results judged on the real session 1, so a missed month does not
 * ask for new tests; the fasting visit makes fainting a precaution for the blood draw.
 */
class PlasmaCourseInProgressTest extends CourseInProgressExamples {
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 4);

  @Override
  protected TreatmentRequest request() {
    return TreatmentRequest.builder()
        .asOf(AS_OF)
        .treatment("plasma")
        .indication(Indication.FINE_LINES_AND_WRINKLES)
        .addAreas(BodyArea.FACE)
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
                .skin(Skin.builder().fitzpatrick(Fitzpatrick.III).type(SkinType.NORMAL).build())
                .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(false).build())
                .addLabResults(
                    LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.minusDays(10)),
                    LabResult.of(LabTest.HEPATITIS, LabOutcome.NEGATIVE, AS_OF.minusDays(10)),
                    LabResult.of(LabTest.SYPHILIS, LabOutcome.NEGATIVE, AS_OF.minusDays(10)),
                    LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.NORMAL, AS_OF.minusDays(10)),
                    LabResult.of(LabTest.BLOOD_BIOCHEMISTRY, LabOutcome.NORMAL, AS_OF.minusDays(10)))
                .build())
        .calendar(CalendarConstraints.NONE)
        .build();
  }

  @Override
  protected int expectedSessions() {
    return 3;
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
    return "regimen-default";
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
