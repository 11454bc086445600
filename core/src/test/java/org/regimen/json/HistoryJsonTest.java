package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.PastSessionStatus;
import org.regimen.request.AdverseEvent;
import org.regimen.request.BodyArea;
import org.regimen.request.CourseResponse;
import org.regimen.request.History;
import org.regimen.request.PastSession;
import org.regimen.request.TreatmentRequest;

/** The request's {@code history} and the plan's {@code history[]} in JSON (docs/contract.md). */
class HistoryJsonTest {
  private static final String MARKER = "2027-09-09";
  private final RegimenJson json = RegimenJson.create();

  private static String request(String history) {
    return "{\"asOf\": \"2027-03-01\", \"treatment\": \"prp\", \"indication\": \"STRETCH_MARKS\","
        + " \"areas\": [\"ABDOMEN\"], \"patient\": {\"sex\": \"FEMALE\"}, \"history\": " + history + "}";
  }

  @Test
  void readsTheContractsExampleAndWritesItBack() {
    TreatmentRequest request =
        json.readRequest(
            request("{\"sessions\": [{\"treatment\": \"prp\", \"date\": \"2027-01-13\", \"areas\": [\"ABDOMEN\"],"
                + " \"reactions\": [\"BRUISING\"], \"adverse\": [\"FAINTING\"]}], \"response\": \"PARTIAL\"}"));

    History history = request.history().orElseThrow();
    assertThat(history.response()).hasValue(CourseResponse.PARTIAL);
    assertThat(history.sessions()).containsExactly(
        PastSession.builder()
            .treatment("prp")
            .date(LocalDate.of(2027, 1, 13))
            .addAreas(BodyArea.ABDOMEN)
            .addReactions("BRUISING")
            .addAdverse(AdverseEvent.FAINTING)
            .build());
    assertThat(json.readRequest(json.writeRequest(request))).isEqualTo(request);
  }

  @Test
  void aSessionAfterAsOfIsAnErrorAtItsPathWithoutTheDate() {
    List<Problem> problems =
        problems(request("{\"sessions\": [{\"treatment\": \"prp\", \"date\": \"2027-01-13\"},"
            + " {\"treatment\": \"prp\", \"date\": \"" + MARKER + "\"}]}"));

    assertThat(problems).containsExactly(
        Problem.of("history.sessions[1].date", "must not be after asOf (history is what was done)"));
  }

  @Test
  void everyBadFieldOfAPastSessionIsNamed() {
    List<Problem> problems =
        problems(request("{\"sessions\": [{\"treatment\": \"PRP 2027-09-09\", \"date\": \"2027-01-13\","
            + " \"areas\": [\"ABDOMEN\", \"ABDOMEN\"], \"reactions\": [\"bruise 2027-09-09\"], \"adverse\": [\"HICCUPS\"]}]}"));

    assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
        "history.sessions[0].adverse[0]", "history.sessions[0].treatment",
        "history.sessions[0].areas[1]", "history.sessions[0].reactions[0]");
  }

  @Test
  void aResponseWithoutSessionsIsAnError() {
    assertThat(problems(request("{\"sessions\": [], \"response\": \"GOOD\"}")))
        .containsExactly(Problem.of("history.response", "needs at least one session in history.sessions"));
  }

  @Test
  void aPlansHistoryRoundTrips() {
    var plan =
        org.regimen.plan.TreatmentPlan.builder()
            .treatment(org.regimen.plan.TreatmentRef.of("prp", "PRP", "1.0.0", "a".repeat(64), "b".repeat(64)))
            .indication(org.regimen.request.Indication.STRETCH_MARKS)
            .language("en")
            .eligibility(org.regimen.plan.Eligibility.builder().status(org.regimen.plan.EligibilityStatus.ELIGIBLE).build())
            .addHistory(EvaluatedSession.builder().date(LocalDate.of(2027, 1, 13)).treatment("prp")
                .counted(false).status(PastSessionStatus.TOO_SOON).text("Not counted.").build())
            .build();

    String written = json.writePlan(plan);

    assertThat(written).contains("\"history\":[{\"date\":\"2027-01-13\",\"treatment\":\"prp\",\"counted\":false,\"status\":\"TOO_SOON\"");
    assertThat(json.readPlan(written)).isEqualTo(plan);
  }

  private List<Problem> problems(String request) {
    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(request));
    assertThat(e).as("expected the request to be rejected").isNotNull();
    for (Problem p : e.problems()) {
      assertThat(p.message()).doesNotContain(MARKER).doesNotContain("bruise");
      assertThat(p.path()).doesNotContain(MARKER);
    }
    return e.problems();
  }
}
