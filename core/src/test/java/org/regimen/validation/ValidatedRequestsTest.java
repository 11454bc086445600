package org.regimen.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.error.InvalidRequestException;
import org.regimen.json.RegimenJson;
import org.regimen.planning.KnownPatient;
import org.regimen.planning.PlannerTestModule;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;

/** A request is validated once per plan, on the Java path and on the JSON path (read, then plan). */
class ValidatedRequestsTest {
  private static final Regimen REGIMEN = Regimen.of(TreatmentCatalog.of(List.of(new PlannerTestModule())));
  private static final RegimenJson JSON = RegimenJson.create();

  private static TreatmentRequest request() {
    return TreatmentRequest.builder()
        .id("validated-once")
        .asOf(LocalDate.of(2027, 1, 4))
        .treatment("planner-test")
        .indication(Indication.STRETCH_MARKS)
        .addAreas(BodyArea.ABDOMEN)
        .patient(KnownPatient.builder().build())
        .build();
  }

  @Test
  void theJavaPathValidatesOncePerPlan() {
    TreatmentRequest request = request();
    long before = ValidatedRequests.validationsOnThisThread();
    REGIMEN.plan(request);
    assertThat(ValidatedRequests.validationsOnThisThread() - before).isEqualTo(1);
    REGIMEN.plan(request); // a Java caller's request is not remembered: each plan checks it once
    assertThat(ValidatedRequests.validationsOnThisThread() - before).isEqualTo(2);
  }

  @Test
  void aRequestReadFromJsonIsNotValidatedAgainWhenPlanned() {
    String text = JSON.writeRequest(request());
    long before = ValidatedRequests.validationsOnThisThread();
    TreatmentRequest read = JSON.readRequest(text);
    assertThat(ValidatedRequests.validationsOnThisThread() - before).isEqualTo(1);
    assertThat(REGIMEN.plan(read).sessions()).isNotEmpty();
    REGIMEN.plan(read);
    assertThat(ValidatedRequests.validationsOnThisThread() - before).isEqualTo(1);
  }

  @Test
  void aChangedCopyOfARequestReadFromJsonIsValidatedAgain() {
    TreatmentRequest read = JSON.readRequest(JSON.writeRequest(request()));
    long before = ValidatedRequests.validationsOnThisThread();
    TreatmentRequest changed = ImmutableTreatmentRequest.copyOf(read).withLanguage("english");
    assertThatThrownBy(() -> REGIMEN.plan(changed))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.problems()).extracting(p -> p.path()).containsExactly("language"));
    assertThat(ValidatedRequests.validationsOnThisThread() - before).isEqualTo(1);
  }

  @Test
  void onlyTheThreadThatReadARequestSkipsItsCheck() throws Exception {
    TreatmentRequest read = JSON.readRequest(JSON.writeRequest(request()));
    long elsewhere =
        CompletableFuture.supplyAsync(() -> {
          long before = ValidatedRequests.validationsOnThisThread();
          REGIMEN.plan(read);
          return ValidatedRequests.validationsOnThisThread() - before;
        }).get();
    assertThat(elsewhere).isEqualTo(1);
  }
}
