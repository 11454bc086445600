package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.Severity;
import org.regimen.request.TreatmentRequest;

/** contract.md, "Additions": {@code assessment} for any indication, one severity per request. */
class AssessmentInputTest {
  private final RegimenJson json = RegimenJson.create();

  @Test
  void anyIndicationTakesAnAssessment() {
    TreatmentRequest r = json.readRequest("{\"asOf\": \"2027-01-05\", \"indication\": \"ACNE_SCARS\","
        + " \"areas\": [\"FACE\"], \"assessment\": {\"severity\": \"MODERATE\"}, \"patient\": {}}");
    assertThat(r.assessment().flatMap(a -> a.severity())).contains(Severity.MODERATE);
    assertThat(json.readRequest(json.writeRequest(r))).isEqualTo(r);
  }

  @Test
  void aSeverityContradictingTheIndicationsOwnIsAnError() {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(
        "{\"asOf\": \"2027-01-05\", \"indication\": \"SKIN_LAXITY\", \"areas\": [\"FACE\"],"
            + " \"laxity\": {\"severity\": \"MILD\"}, \"assessment\": {\"severity\": \"SEVERE\"}, \"patient\": {}}"));
    assertThat(e.problems()).containsExactly(
        Problem.of("assessment.severity", "must agree with laxity.severity when both are given"));
    assertThat(json.readRequest(
            "{\"asOf\": \"2027-01-05\", \"indication\": \"SKIN_LAXITY\", \"areas\": [\"FACE\"],"
                + " \"laxity\": {\"severity\": \"MILD\"}, \"assessment\": {\"severity\": \"MILD\"}, \"patient\": {}}")
        .assessment()).isPresent();
  }
}
