package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.Medication;
import org.regimen.request.TreatmentRequest;

/**
 * contract.md, "Additions": lab outcomes per test, a man recorded as pregnant or with a cycle, a
 * course that ends before it starts: input errors with their paths, never echoing a value.
 */
class PatientFactsInputTest {
  private final RegimenJson json = RegimenJson.create();

  private static String request(String patient) {
    return "{\"asOf\": \"2027-01-05\", \"indication\": \"STRETCH_MARKS\", \"areas\": [\"ABDOMEN\"],"
        + " \"patient\": " + patient + "}";
  }

  private List<Problem> problems(String patient) {
    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(request(patient)));
    assertThat(e).as("expected a rejection").isNotNull();
    return e.problems();
  }

  private static String lab(LabTest test, LabOutcome outcome) {
    return "{\"test\": \"" + test + "\", \"result\": \"" + outcome + "\", \"date\": \"2026-12-20\"}";
  }

  @Test
  void everyTestTakesItsOwnOutcomesOnly() {
    for (LabTest test : LabTest.values()) {
      for (LabOutcome outcome : LabOutcome.values()) {
        String patient = "{\"labResults\": [" + lab(test, outcome) + "]}";
        if (test.isMeasured()) { // no outcome at all: MeasuredLabValuesInputTest
          assertThat(problems(patient)).extracting(Problem::path).contains("patient.labResults[0].result");
        } else if (test.allows(outcome)) {
          assertThat(json.readRequest(request(patient)).patient().labResults()).hasSize(1);
        } else {
          assertThat(problems(patient)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("patient.labResults[0].result");
            assertThat(p.message()).contains("for test " + test.name());
          });
        }
      }
    }
  }

  @Test
  void infectionMarkersArePositiveNegativeOrIndeterminate_panelsNormalOrAbnormal() {
    assertThat(LabTest.HIV.outcomes()).containsExactly(LabOutcome.NEGATIVE, LabOutcome.POSITIVE, LabOutcome.INDETERMINATE);
    assertThat(LabTest.HEPATITIS_B.outcomes()).isEqualTo(LabTest.SYPHILIS.outcomes());
    assertThat(LabTest.BLOOD_BIOCHEMISTRY.outcomes()).containsExactly(LabOutcome.NORMAL, LabOutcome.ABNORMAL);
  }

  @Test
  void aManIsNeitherPregnantNorMenstruating() {
    assertThat(problems("{\"sex\": \"MALE\", \"pregnancy\": \"BREASTFEEDING\","
            + " \"menstruation\": {\"lastStart\": \"2027-01-01\", \"cycleDays\": 28, \"periodDays\": 5}}"))
        .containsExactly(
            Problem.of("patient.pregnancy", "must be NONE or absent when patient.sex is MALE"),
            Problem.of("patient.menstruation", "must be absent when patient.sex is MALE"));
    assertThat(json.readRequest(request("{\"sex\": \"MALE\", \"pregnancy\": \"NONE\"}")).patient().pregnancy()).isPresent();
    assertThat(json.readRequest(request("{\"sex\": \"OTHER\", \"pregnancy\": \"PREGNANT\"}")).patient().pregnancy()).isPresent();
  }

  @Test
  void aMedicineCourseHasAFirstDayAndMayBePrescribed() {
    TreatmentRequest r = json.readRequest(request(
        "{\"medications\": [{\"kind\": \"ANTIBIOTIC\", \"from\": \"2027-01-01\", \"until\": \"2027-01-10\", \"prescribed\": true}]}"));
    Medication m = r.patient().medications().orElseThrow().get(0);
    assertThat(m.from()).contains(LocalDate.of(2027, 1, 1));
    assertThat(m.prescribed()).contains(true);
    assertThat(json.readRequest(json.writeRequest(r))).isEqualTo(r);
  }

  @Test
  void aCourseThatEndsBeforeItStartsIsRejected() {
    assertThat(problems("{\"medications\": [{\"kind\": \"ANTIBIOTIC\", \"from\": \"2027-01-10\", \"until\": \"2027-01-01\"}]}"))
        .containsExactly(Problem.of("patient.medications[0].until", "must not be before from (the course's first day)"));
  }
}
