package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.BodyArea;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Procedure;
import org.regimen.request.ProcedureKind;
import org.regimen.request.TreatmentRequest;

/**
 * contract.md, "Additions": procedures with kind, area and date (not after asOf), and measured lab
 * tests with a value in their own unit; any other pairing is an input error at the field's path, and
 * no message echoes the patient's value.
 */
class IntakeProceduresAndValuesInputTest {
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

  @Test
  void proceduresAreReadAndWrittenBack() {
    TreatmentRequest read = json.readRequest(request(
        "{\"procedures\": [{\"kind\": \"FILLER\", \"area\": \"FACE\", \"date\": \"2026-12-20\"}]}"));
    assertThat(read.patient().procedures()).contains(
        List.of(Procedure.of(ProcedureKind.FILLER, BodyArea.FACE, java.time.LocalDate.of(2026, 12, 20))));
    assertThat(json.readRequest(json.writeRequest(read))).isEqualTo(read);
    assertThat(json.readRequest(request("{\"procedures\": []}")).patient().procedures()).contains(List.of());
    assertThat(json.readRequest(request("{}")).patient().procedures()).isEmpty();
  }

  @Test
  void aProcedureNeedsAKnownKindAnAreaAndADayNotAfterAsOf() {
    assertThat(problems("{\"procedures\": [{\"kind\": \"FACELIFT\", \"area\": \"FACE\", \"date\": \"2026-12-20\"}]}"))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("patient.procedures[0].kind");
          assertThat(p.message()).contains("FILLER").contains("TATTOO");
        });
    assertThat(problems("{\"procedures\": [{\"kind\": \"LASER\"}]}")).extracting(Problem::path)
        .containsExactlyInAnyOrder("patient.procedures[0].area", "patient.procedures[0].date");
    assertThat(problems("{\"procedures\": [{\"kind\": \"LASER\", \"area\": \"FACE\", \"date\": \"2027-01-06\"}]}"))
        .singleElement().satisfies(p -> {
          assertThat(p.path()).isEqualTo("patient.procedures[0].date");
          assertThat(p.message()).contains("must not be after asOf").doesNotContain("2027-01-06");
        });
    assertThat(problems("{\"procedures\": [{\"kind\": \"LASER\", \"area\": \"FACE\", \"date\": \"2026-12-20\", \"x\": 1}]}"))
        .extracting(Problem::path).containsExactly("patient.procedures[0]"); // an unknown key, named in the message
  }

  @Test
  void aMeasuredTestTakesAValueInItsOwnUnit() {
    TreatmentRequest read = json.readRequest(request(
        "{\"labResults\": [{\"test\": \"PLATELET_COUNT\", \"value\": 95, \"unit\": \"10^9/L\", \"date\": \"2026-12-20\"},"
            + " {\"test\": \"HBA1C\", \"value\": 6.8, \"unit\": \"%\", \"date\": \"2026-12-20\"}]}"));
    LabResult platelets = read.patient().labResults().get(0);
    assertThat(platelets.value()).contains(BigDecimal.valueOf(95));
    assertThat(platelets.result()).isEmpty();
    assertThat(read.patient().labResults().get(1).value().orElseThrow()).isEqualByComparingTo("6.8");
    assertThat(json.readRequest(json.writeRequest(read))).isEqualTo(read);
  }

  @Test
  void everyOtherPairingIsAnInputError() {
    // a wrong unit, named by the rule and the allowed unit, not the one given
    assertThat(problems("{\"labResults\": [{\"test\": \"HAEMOGLOBIN\", \"value\": 120, \"unit\": \"g/L\", \"date\": \"2026-12-20\"}]}"))
        .extracting(Problem::path, Problem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("patient.labResults[0].value", "must be from 0 to 30 (g/dL) for test HAEMOGLOBIN"),
            org.assertj.core.groups.Tuple.tuple("patient.labResults[0].unit", "must be g/dL for test HAEMOGLOBIN"));
    // an outcome with a measured test
    assertThat(problems("{\"labResults\": [{\"test\": \"PLATELET_COUNT\", \"result\": \"NORMAL\", \"date\": \"2026-12-20\"}]}"))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder("patient.labResults[0].result", "patient.labResults[0].value", "patient.labResults[0].unit");
    // a value with a marker or a panel
    assertThat(problems("{\"labResults\": [{\"test\": \"BLOOD_COUNT\", \"result\": \"NORMAL\", \"value\": 5, \"unit\": \"%\", \"date\": \"2026-12-20\"}]}"))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder("patient.labResults[0].value", "patient.labResults[0].unit");
    assertThat(problems("{\"labResults\": [{\"test\": \"HIV\", \"date\": \"2026-12-20\"}]}"))
        .extracting(Problem::path).containsExactly("patient.labResults[0].result");
    // not a number, a negative or absurd value
    assertThat(problems("{\"labResults\": [{\"test\": \"HBA1C\", \"value\": \"6.8\", \"unit\": \"%\", \"date\": \"2026-12-20\"}]}"))
        .extracting(Problem::path).containsExactly("patient.labResults[0].value");
    assertThat(problems("{\"labResults\": [{\"test\": \"HBA1C\", \"value\": -1, \"unit\": \"%\", \"date\": \"2026-12-20\"}]}"))
        .extracting(Problem::path).containsExactly("patient.labResults[0].value");
    assertThat(problems("{\"labResults\": [{\"test\": \"HBA1C\", \"value\": 1e400, \"unit\": \"%\", \"date\": \"2026-12-20\"}]}"))
        .extracting(Problem::path).containsExactly("patient.labResults[0].value");
  }

  @Test
  void everyMeasuredTestHasItsUnitAndNoOutcome() {
    for (LabTest test : LabTest.values()) {
      assertThat(test.unit().isPresent()).as("%s", test).isEqualTo(test.isMeasured());
      if (test.isMeasured()) {
        assertThat(test.outcomes()).isEmpty();
      }
    }
    assertThat(LabTest.PLATELET_COUNT.unit()).contains("10^9/L");
    assertThat(LabTest.HAEMOGLOBIN.unit()).contains("g/dL");
    assertThat(LabTest.HBA1C.unit()).contains("%");
  }
}
