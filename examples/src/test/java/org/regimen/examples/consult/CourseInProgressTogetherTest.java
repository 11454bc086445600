package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.PastSessionStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.History;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.PastSession;
import org.regimen.request.TreatmentRequest;

/**
 * A course in progress beside other treatments (issue 13): another treatment's past session holds
 * its days as its planned sessions would, a combined plan continues each course from its own
 * history, and a comparison counts only what remains.
 */
class CourseInProgressTogetherTest {
  private static final Regimen REGIMEN = Regimen.load();

  private static ImmutableTreatmentRequest mesotherapy() throws IOException {
    String json = Files.readString(Path.of("requests", "mesotherapy-red-marks.json"));
    return ImmutableTreatmentRequest.copyOf(RegimenJson.create().readRequest(json));
  }

  @Test
  void aPlasmaSessionLastWeekKeepsItsNoProcedureWeekClearOfMesotherapy() throws IOException {
    ImmutableTreatmentRequest request = mesotherapy();
    TreatmentPlan fresh = REGIMEN.plan(request);
    // Plasma on the day before mesotherapy's session 1: 004 "do not resort to professional
    // maintenance manipulations in the first week after the session".
    LocalDate plasmaDay = fresh.sessions().get(0).date().minusDays(1);
    TreatmentPlan plan =
        REGIMEN.plan(
            request.withAsOf(plasmaDay)
                .withHistory(History.builder()
                    .addSessions(PastSession.of("plasma", plasmaDay, request.areas()))
                    .build()));

    assertThat(plan.history()).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(PastSessionStatus.NOT_IN_COURSE);
      assertThat(e.counted()).isFalse();
    });
    assertThat(plan.sessions()).hasSameSizeAs(fresh.sessions());
    assertThat(plan.sessions().get(0).number()).isEqualTo(1);
    assertThat(plan.sessions().get(0).date()).isAfter(plasmaDay.plusDays(6));
    assertThat(plan.adjustments()).anySatisfy(a -> assertThat(a.session()).isEqualTo(1));
  }

  @Test
  void aCombinedPlanGoesOnFromEachCoursesHistory() throws IOException {
    ImmutableTreatmentRequest single = mesotherapy();
    TreatmentPlan mesoOnly = REGIMEN.plan(single);
    List<PastSession> done = mesoOnly.sessionsAsDone(3);
    LocalDate asOf = done.get(2).date();
    TreatmentRequest combined =
        single.withTreatment(java.util.Optional.empty())
            .withTreatments(
                org.regimen.request.CombinedTreatment.of("plasma"),
                org.regimen.request.CombinedTreatment.of("mesotherapy"))
            .withAsOf(asOf)
            .withEarliestStart(java.util.Optional.empty())
            .withHistory(History.builder().sessions(done).build());

    TreatmentPlan plan = REGIMEN.plan(combined);

    assertThat(plan.history()).hasSize(3).allMatch(EvaluatedSession::counted)
        .allMatch(e -> e.treatment().equals("mesotherapy"));
    List<Session> meso =
        plan.sessions().stream().filter(s -> s.treatment().orElseThrow().equals("mesotherapy")).toList();
    assertThat(meso).hasSize(mesoOnly.sessions().size() - 3);
    assertThat(meso.get(0).number()).isEqualTo(4);
    // Not before its own rhythm; the combination may hold it later (plasma's tests to order first).
    assertThat(meso.get(0).date()).isAfterOrEqualTo(mesoOnly.sessions().get(3).date());
    // Plasma follows the mesotherapy course (its protocol's sequencing) and has all its sessions.
    List<Session> plasma =
        plan.sessions().stream().filter(s -> s.treatment().orElseThrow().equals("plasma")).toList();
    assertThat(plasma).isNotEmpty();
    assertThat(plasma.get(0).date()).isAfter(meso.get(meso.size() - 1).date());
  }

  @Test
  void aComparisonCountsWhatRemainsOfTheCourseInProgress() {
    TreatmentRequest request = StretchMarksPatient.request();
    ComparisonOption before = prp(REGIMEN.compare(request));
    TreatmentPlan prpPlan =
        REGIMEN.plan(ImmutableTreatmentRequest.copyOf(request).withTreatment("prp"));
    List<PastSession> done = prpPlan.sessionsAsDone(1);
    TreatmentRequest inProgress =
        ImmutableTreatmentRequest.copyOf(request)
            .withAsOf(done.get(0).date())
            .withEarliestStart(java.util.Optional.empty())
            .withHistory(History.builder().sessions(done).build());

    ComparisonOption after = prp(REGIMEN.compare(inProgress));

    assertThat(after.sessionCount()).isEqualTo(before.sessionCount() - 1);
  }

  private static ComparisonOption prp(Comparison comparison) {
    return comparison.options().stream()
        .filter(o -> o.treatment().id().equals("prp"))
        .findFirst()
        .orElseThrow();
  }
}
