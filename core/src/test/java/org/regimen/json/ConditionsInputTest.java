package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.Condition;
import org.regimen.request.ConditionStatus;
import org.regimen.request.PatientProfile;
import org.regimen.request.TreatmentRequest;

/**
 * contract.md, "Additions": {@code patient.conditions[]} holds a code (present, status not known) or
 * {@code { "code", "status", "since" }}; mistakes are problems at their paths, never echoing a value.
 */
class ConditionsInputTest {
  private final RegimenJson json = RegimenJson.create();

  private static String request(String conditions) {
    return "{\"asOf\": \"2027-01-05\", \"indication\": \"STRETCH_MARKS\", \"areas\": [\"ABDOMEN\"],"
        + " \"patient\": {\"conditions\": " + conditions + "}}";
  }

  private List<Problem> problems(String conditions) {
    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(request(conditions)));
    assertThat(e).as("expected a rejection").isNotNull();
    return e.problems();
  }

  @Test
  void aCodeAndAnObjectMix_andTheObjectKeepsItsStatusAndSince() {
    TreatmentRequest r = json.readRequest(request(
        "[\"VARICOSE_VEINS\", {\"code\": \"CANCER\", \"status\": \"IN_REMISSION\", \"since\": \"2021-06-01\"},"
            + " {\"code\": \"LUPUS\"}]"));
    PatientProfile p = r.patient();
    assertThat(p.conditions()).contains(List.of(Condition.VARICOSE_VEINS, Condition.CANCER, Condition.LUPUS));
    assertThat(p.statusOf(Condition.CANCER)).contains(ConditionStatus.IN_REMISSION);
    assertThat(p.conditionDetails().get(0).since()).contains(LocalDate.of(2021, 6, 1));
    // Not known: judged as ACTIVE, for a bare code and an object without a status alike.
    assertThat(p.judgedStatus(Condition.VARICOSE_VEINS)).isEqualTo(ConditionStatus.ACTIVE);
    assertThat(p.judgedStatus(Condition.LUPUS)).isEqualTo(ConditionStatus.ACTIVE);
    // Written back in the same form.
    assertThat(json.readRequest(json.writeRequest(r))).isEqualTo(r);
  }

  @Test
  void everyNewCodeIsAccepted() {
    for (Condition c : List.of(Condition.KELOID_TENDENCY, Condition.HERPES_SIMPLEX_RECURRENT,
        Condition.AUTOIMMUNE_DISEASE, Condition.LUPUS, Condition.SCLERODERMA, Condition.PSORIASIS,
        Condition.VITILIGO, Condition.THROMBOCYTOPENIA, Condition.ANAEMIA, Condition.FAINTING_AT_BLOOD_DRAW)) {
      assertThat(json.readRequest(request("[\"" + c + "\"]")).patient().conditions()).contains(List.of(c));
    }
  }

  @Test
  void mistakesArePerFieldProblems() {
    assertThat(problems("[{\"code\": \"CANCER\", \"status\": \"CURED\"}]"))
        .containsExactly(Problem.of("patient.conditions[0].status",
            "must be one of: ACTIVE, CONTROLLED, IN_REMISSION, RESOLVED"));
    assertThat(problems("[{\"status\": \"ACTIVE\"}]"))
        .extracting(Problem::path).containsExactly("patient.conditions[0].code");
    assertThat(problems("[{\"code\": \"CANCER\", \"since\": \"2027-02-01\"}]"))
        .containsExactly(Problem.of("patient.conditions[0].since", "must not be after asOf"));
    assertThat(problems("[{\"code\": \"CANCER\", \"stage\": \"IV\"}]"))
        .extracting(Problem::path).containsExactly("patient.conditions[0]");
    assertThat(problems("[\"CANCER\", {\"code\": \"CANCER\", \"status\": \"RESOLVED\"}]"))
        .extracting(Problem::path).containsExactly("patient.conditions[1]");
    assertThat(problems("[42]")).extracting(Problem::path).containsExactly("patient.conditions[0]");
  }
}
