package org.regimen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.AreaAssessment;
import org.regimen.request.Assessment;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.Severity;
import org.regimen.request.TreatmentRequest;

/**
 * Per-area assessment (issue 12, "per-area assessment where one area's marks differ from
 * another's"): an area's severity replaces the general one for that area, and the course row is
 * chosen by the most severe area planned. planner-protocol.json's course has the row {@code "when":
 * {"severity": ["SEVERE"]}, "sessions": 3} ("Severe marks need the most sessions.") before the
 * catch-all {@code "sessions": 2} ("The middle of 1 - 3 sessions.").
 */
class AreaAssessmentPlanTest {
  private static final Regimen REGIMEN =
      Regimen.of(TreatmentCatalog.of(List.of(new PlannerTestModule())));
  private static final RegimenJson JSON = RegimenJson.create();
  private static final String NOTE_START = "The areas were assessed differently (";

  private static ImmutableTreatmentRequest.Builder request(Assessment assessment) {
    return TreatmentRequest.builder()
        .asOf(LocalDate.of(2027, 1, 4))
        .treatment("planner-test")
        .indication(Indication.STRETCH_MARKS)
        .addAreas(BodyArea.ABDOMEN, BodyArea.THIGHS)
        .assessment(assessment)
        .patient(KnownPatient.builder().build());
  }

  private static Assessment general(Severity severity, AreaAssessment... areas) {
    return Assessment.builder().severity(severity).addAreas(areas).build();
  }

  @Test
  void aSevereAreaChoosesTheSevereRowOverAGeneralMildAndThePlanSaysSoOnce() {
    TreatmentPlan mild = REGIMEN.plan(request(general(Severity.MILD)).build());
    TreatmentPlan thighsSevere =
        REGIMEN.plan(request(general(Severity.MILD, AreaAssessment.of(BodyArea.THIGHS, Severity.SEVERE))).build());

    assertThat(mild.sessions()).hasSize(2);
    assertThat(mild.notes()).noneMatch(n -> n.startsWith(NOTE_START));
    assertThat(thighsSevere.sessions()).hasSize(3);
    assertThat(thighsSevere.notes())
        .filteredOn(n -> n.startsWith(NOTE_START))
        .containsExactly(
            "The areas were assessed differently (abdomen mild, thighs severe): the course follows the"
                + " most severe; review each area's response at the sessions.");
    assertThat(thighsSevere.sessions()).allSatisfy(s -> assertThat(s.notes()).noneMatch(n -> n.startsWith(NOTE_START)));
  }

  @Test
  void aSevereAreaLeftOutOfThePlanDoesNotChooseTheRow() {
    TreatmentRequest r =
        request(general(Severity.MILD, AreaAssessment.of(BodyArea.THIGHS, Severity.SEVERE))).build();
    TreatmentRequest thighsInfected =
        ImmutableTreatmentRequest.copyOf(r)
            .withPatient(
                org.regimen.request.ImmutablePatientProfile.copyOf(r.patient())
                    .withAreaFindings(List.of(
                        org.regimen.request.AreaFinding.of(
                            BodyArea.THIGHS, org.regimen.request.AreaCondition.ACTIVE_INFECTION))));
    TreatmentPlan plan = REGIMEN.plan(thighsInfected);
    assertThat(plan.sessions()).isNotEmpty();
    assertThat(plan.sessions()).allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN));
    assertThat(plan.sessions()).hasSize(2);
    assertThat(plan.notes()).noneMatch(n -> n.startsWith(NOTE_START));
  }

  @Test
  void anAreaSeverityReplacesTheGeneralOneForItsArea() {
    // General SEVERE, but each planned area was assessed MILD: no area is severe, so the catch-all row.
    TreatmentPlan plan =
        REGIMEN.plan(
            request(
                    general(
                        Severity.SEVERE,
                        AreaAssessment.of(BodyArea.ABDOMEN, Severity.MILD),
                        AreaAssessment.of(BodyArea.THIGHS, Severity.MILD)))
                .build());
    assertThat(plan.sessions()).hasSize(2);
    assertThat(plan.notes()).noneMatch(n -> n.startsWith(NOTE_START));
  }

  @Test
  void aPerAreaAssessmentThatRestatesTheGeneralOneChangesNothing() {
    TreatmentPlan plain = REGIMEN.plan(request(general(Severity.MILD)).build());
    TreatmentPlan restated =
        REGIMEN.plan(
            request(
                    general(
                        Severity.MILD,
                        AreaAssessment.of(BodyArea.THIGHS, Severity.MILD),
                        AreaAssessment.of(BodyArea.ABDOMEN, Severity.MILD)))
                .build());
    assertThat(JSON.writePlan(restated)).isEqualTo(JSON.writePlan(plain));
  }

  @Test
  void withoutAGeneralSeverityAnUnassessedAreaLeavesTheSeverityUnknownUnlessAnotherIsSevere() {
    TreatmentRequest moderateThighs =
        request(Assessment.builder().addAreas(AreaAssessment.of(BodyArea.THIGHS, Severity.MODERATE)).build()).build();
    TreatmentRequest severeThighs =
        request(Assessment.builder().addAreas(AreaAssessment.of(BodyArea.THIGHS, Severity.SEVERE)).build()).build();
    List<BodyArea> both = List.of(BodyArea.ABDOMEN, BodyArea.THIGHS);
    assertThat(org.regimen.screening.MatchEvaluator.assessedSeverity(moderateThighs, both)).isEmpty();
    assertThat(org.regimen.screening.MatchEvaluator.assessedSeverity(moderateThighs, List.of(BodyArea.THIGHS)))
        .contains(Severity.MODERATE);
    assertThat(org.regimen.screening.MatchEvaluator.assessedSeverity(severeThighs, both)).contains(Severity.SEVERE);
  }
}
