package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;
import org.regimen.validation.RequestValidator;

/** The cross-field rules, called from Java as an embedding service would. */
class RequestValidatorTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);

  @Test
  void reportsEveryRuleAtItsPath() {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .id("Jane Doe")
            .asOf(AS_OF)
            .language("EN")
            .treatment("prp")
            .addTreatments(CombinedTreatment.of("prp"), CombinedTreatment.of("prp"))
            .indication(Indication.ACNE)
            .striae(StriaeAssessment.builder().ageMonths(5000).build())
            .earliestStart(AS_OF.minusDays(1))
            .patient(
                PatientProfile.builder()
                    .birthDate(AS_OF)
                    .menstruation(
                        MenstrualCycle.builder()
                            .lastStart(AS_OF.plusDays(1))
                            .cycleDays(10)
                            .periodDays(5)
                            .build())
                    .addLabResults(LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, AS_OF.plusDays(1)))
                    .build())
            .build();

    List<Problem> problems = RequestValidator.validate(request);

    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "id",
            "language",
            "treatments",
            "treatments[1]",
            "striae",
            "striae.ageMonths",
            "areas",
            "earliestStart",
            "patient.birthDate",
            "patient.menstruation.lastStart",
            "patient.menstruation.cycleDays",
            "patient.labResults[0].date");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("Jane", "2027", "5000"));
  }

  @Test
  void checkThrowsWithoutEchoingAnInvalidId() {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .id("Jane Doe")
            .asOf(AS_OF)
            .indication(Indication.ACNE)
            .patient(PatientProfile.builder().build())
            .build();

    assertThatThrownBy(() -> RequestValidator.check(request))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.requestId()).isEmpty())
        .hasMessageNotContaining("Jane");
  }

  @Test
  void aValidRequestPasses() {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .id("consult-2027-0142")
            .asOf(AS_OF)
            .indication(Indication.ACNE)
            .addAreas(BodyArea.FACE)
            .patient(PatientProfile.builder().build())
            .build();

    assertThat(RequestValidator.validate(request)).isEmpty();
  }
}
