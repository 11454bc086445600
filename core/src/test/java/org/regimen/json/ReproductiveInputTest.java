package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.CyclePattern;
import org.regimen.request.LabOutcome;
import org.regimen.request.TreatmentRequest;

/**
 * contract.md, "Additions": {@code patient.reproductive} and {@code patient.menstruation.cycle};
 * impossible combinations are input errors at their paths.
 */
class ReproductiveInputTest {
  private final RegimenJson json = RegimenJson.create();

  private static String request(String patient) {
    return "{\"asOf\": \"2027-03-01\", \"indication\": \"STRETCH_MARKS\", \"areas\": [\"ABDOMEN\"],"
        + " \"patient\": " + patient + "}";
  }

  private List<Problem> problems(String patient) {
    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(request(patient)));
    assertThat(e).as("expected a rejection").isNotNull();
    return e.problems();
  }

  @Test
  void reproductiveFactsBindAndWriteBack() {
    TreatmentRequest r = json.readRequest(request(
        "{\"reproductive\": {\"tryingToConceive\": false, \"deliveredOn\": \"2026-08-01\","
            + " \"pregnancyTest\": {\"result\": \"NEGATIVE\", \"date\": \"2027-02-27\"}}}"));
    var rep = r.patient().reproductive().orElseThrow();
    assertThat(rep.tryingToConceive()).contains(false);
    assertThat(rep.deliveredOn()).contains(LocalDate.of(2026, 8, 1));
    assertThat(rep.pregnancyTest().orElseThrow().result()).isEqualTo(LabOutcome.NEGATIVE);
    assertThat(json.readRequest(json.writeRequest(r))).isEqualTo(r);
  }

  @Test
  void cycleNoneOrIrregularNeedsNoData_regularNeedsAll() {
    assertThat(json.readRequest(request("{\"menstruation\": {\"cycle\": \"NONE\"}}")).patient().menstruation()
        .orElseThrow().pattern()).isEqualTo(CyclePattern.NONE);
    assertThat(json.readRequest(request("{\"menstruation\": {\"cycle\": \"IRREGULAR\", \"lastStart\": \"2027-02-20\"}}"))
        .patient().menstruation().orElseThrow().predictable()).isFalse();
    TreatmentRequest regular = json.readRequest(request(
        "{\"menstruation\": {\"lastStart\": \"2027-02-20\", \"cycleDays\": 28, \"periodDays\": 5}}"));
    assertThat(regular.patient().menstruation().orElseThrow().pattern()).isEqualTo(CyclePattern.REGULAR);
    assertThat(json.readRequest(json.writeRequest(regular))).isEqualTo(regular);
    assertThat(problems("{\"menstruation\": {\"cycle\": \"REGULAR\", \"lastStart\": \"2027-02-20\"}}"))
        .containsExactly(
            Problem.of("patient.menstruation.cycleDays", "is required"),
            Problem.of("patient.menstruation.periodDays", "is required"));
    assertThat(problems("{\"menstruation\": {\"cycle\": \"NONE\", \"cycleDays\": 28}}"))
        .containsExactly(Problem.of("patient.menstruation.cycleDays", "must be absent when cycle is NONE"));
    assertThat(problems("{\"menstruation\": {\"cycle\": \"SOMETIMES\"}}"))
        .extracting(Problem::path).containsExactly("patient.menstruation.cycle");
  }

  @Test
  void impossibleReproductiveFactsAreInputErrors() {
    assertThat(problems("{\"reproductive\": {\"deliveredOn\": \"2027-03-02\"}}"))
        .containsExactly(Problem.of("patient.reproductive.deliveredOn", "must not be after asOf"));
    assertThat(problems("{\"reproductive\": {\"pregnancyTest\": {\"result\": \"NORMAL\", \"date\": \"2027-02-27\"}}}"))
        .containsExactly(Problem.of("patient.reproductive.pregnancyTest.result",
            "must be one of NEGATIVE, POSITIVE, INDETERMINATE"));
    assertThat(problems("{\"reproductive\": {\"pregnancyTest\": {\"result\": \"NEGATIVE\"}}}"))
        .extracting(Problem::path).containsExactly("patient.reproductive.pregnancyTest.date");
    assertThat(problems("{\"sex\": \"MALE\", \"reproductive\": {\"deliveredOn\": \"2026-08-01\","
            + " \"pregnancyTest\": {\"result\": \"NEGATIVE\", \"date\": \"2027-02-27\"}}}"))
        .containsExactly(
            Problem.of("patient.reproductive.deliveredOn", "must be absent when patient.sex is MALE"),
            Problem.of("patient.reproductive.pregnancyTest", "must be absent when patient.sex is MALE"));
    // A man may say he and his partner are trying to conceive: it is not judged for him.
    assertThat(json.readRequest(request("{\"sex\": \"MALE\", \"reproductive\": {\"tryingToConceive\": true}}"))
        .patient().reproductive()).isPresent();
  }
}
