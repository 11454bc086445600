package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.AreaAssessment;
import org.regimen.request.BodyArea;
import org.regimen.request.Severity;
import org.regimen.request.TreatmentRequest;

/**
 * Issue 12, "per-area assessment where one area's marks differ from another's": {@code
 * assessment.areas}, each {@code {"area", "severity"}}, for one of the request's (or the part's)
 * areas, no area twice; problems name the field and never echo the value.
 */
class AreaAssessmentInputTest {
  private final RegimenJson json = RegimenJson.create();

  private static String request(String assessment) {
    return "{\"asOf\": \"2027-01-05\", \"indication\": \"STRETCH_MARKS\", \"areas\": [\"ABDOMEN\", \"THIGHS\"],"
        + " \"assessment\": " + assessment + ", \"patient\": {}}";
  }

  private InvalidRequestException error(String json) {
    return catchThrowableOfType(InvalidRequestException.class, () -> this.json.readRequest(json));
  }

  @Test
  void perAreaSeveritiesBindAndRoundTrip() {
    TreatmentRequest r = json.readRequest(
        request("{\"severity\": \"MILD\", \"areas\": [{\"area\": \"THIGHS\", \"severity\": \"SEVERE\"}]}"));
    assertThat(r.assessment().get().areas()).containsExactly(AreaAssessment.of(BodyArea.THIGHS, Severity.SEVERE));
    assertThat(r.assessment().get().severity()).contains(Severity.MILD);
    assertThat(json.writeRequest(r)).contains("\"areas\":[{\"area\":\"THIGHS\",\"severity\":\"SEVERE\"}]");
    assertThat(json.readRequest(json.writeRequest(r))).isEqualTo(r);
  }

  @Test
  void anAreaNotAmongTheRequestsAreasIsAProblemNamingTheField() {
    InvalidRequestException e = error(request("{\"areas\": [{\"area\": \"FACE\", \"severity\": \"SEVERE\"}]}"));
    assertThat(e.problems()).containsExactly(Problem.of("assessment.areas[0].area", "must be one of the areas to treat"));
    assertThat(json.writeErrors(e)).doesNotContain("FACE").doesNotContain("SEVERE");
  }

  @Test
  void anAreaGivenTwiceIsAProblem() {
    InvalidRequestException e = error(request("{\"areas\": [{\"area\": \"THIGHS\", \"severity\": \"SEVERE\"},"
        + " {\"area\": \"THIGHS\", \"severity\": \"MILD\"}]}"));
    assertThat(e.problems()).containsExactly(Problem.of("assessment.areas[1].area", "must not repeat an earlier area"));
    assertThat(json.writeErrors(e)).doesNotContain("THIGHS");
  }

  @Test
  void eachEntryNeedsAnAreaAndASeverityAndNoOtherKey() {
    InvalidRequestException e = error(request("{\"areas\": [{\"area\": \"THIGHS\"}, {\"severity\": \"MILD\"},"
        + " {\"area\": \"ABDOMEN\", \"severity\": \"MILD\", \"stage\": \"ALBA\"}]}"));
    assertThat(e.problems()).extracting(Problem::path)
        .contains("assessment.areas[0].severity", "assessment.areas[1].area", "assessment.areas[2]");
  }

  @Test
  void aPartsPerAreaSeverityMustBeOneOfThePartsAreas() {
    InvalidRequestException e = error("{\"asOf\": \"2027-01-05\", \"indication\": \"STRETCH_MARKS\","
        + " \"areas\": [\"ABDOMEN\"], \"treatments\": [\"prp\", {\"treatment\": \"plasma\", \"areas\": [\"THIGHS\"],"
        + " \"assessment\": {\"areas\": [{\"area\": \"ABDOMEN\", \"severity\": \"SEVERE\"}]}}], \"patient\": {}}");
    assertThat(e.problems()).contains(Problem.of("treatments[1].assessment.areas[0].area", "must be one of the areas to treat"));
    // The request's own assessment may name any area of the request or of a part.
    assertThat(json.readRequest("{\"asOf\": \"2027-01-05\", \"indication\": \"STRETCH_MARKS\","
            + " \"areas\": [\"ABDOMEN\"], \"treatments\": [\"prp\", {\"treatment\": \"plasma\", \"areas\": [\"THIGHS\"]}],"
            + " \"assessment\": {\"areas\": [{\"area\": \"THIGHS\", \"severity\": \"SEVERE\"}]}, \"patient\": {}}")
        .assessment()).isPresent();
  }

  @Test
  void toStringDoesNotShowTheAreaOrSeverity() {
    assertThat(AreaAssessment.of(BodyArea.THIGHS, Severity.SEVERE).toString())
        .doesNotContain("THIGHS").doesNotContain("SEVERE");
  }
}
