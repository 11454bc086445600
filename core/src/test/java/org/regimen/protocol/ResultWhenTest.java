package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.protocol.SampleDocuments.array;
import static org.regimen.protocol.SampleDocuments.object;
import static org.regimen.protocol.SampleDocuments.problemsOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * protocol-format.md: a result may carry {@code when}; the window is given only to the requests it
 * matches, and an unknown criterion does not match.
 */
class ResultWhenTest {

  /** The sample with one extra ONSET row that holds for recent (red) marks only. */
  private static ObjectNode sampleWithRubraWindow() {
    ObjectNode doc = SampleDocuments.protocol();
    ObjectNode rubra = array(doc, "courses[0].results").addObject();
    rubra.put("phase", "OPTIMAL").put("anchor", "FIRST_SESSION");
    rubra.putObject("span").put("min", 8).put("max", 10).put("unit", "WEEKS");
    rubra.put("source", "000").put("words", "red marks");
    rubra.putObject("when").putArray("stage").add("RUBRA");
    return doc;
  }

  @Test
  void aResultWithoutWhenHasNone() {
    Protocol protocol = SampleDocuments.parse(SampleDocuments.protocol());
    assertThat(protocol.courses().get(0).results()).allMatch(r -> r.when().isEmpty());
  }

  @Test
  void readsWhenOnAResult() {
    Protocol protocol = SampleDocuments.parse(sampleWithRubraWindow());
    List<ResultSpec> results = protocol.courses().get(0).results();
    assertThat(results.get(results.size() - 1).when().orElseThrow().stage())
        .containsExactly(StriaeStage.RUBRA);
  }

  @Test
  void aBadWhenNamesItsPath() {
    ObjectNode doc = sampleWithRubraWindow();
    object(doc, "courses[0].results[2].when").put("colour", "red");
    assertThat(problemsOf(doc)).containsExactly("courses[0].results[2].when.colour: is not a known key");
  }

  @Test
  void theWindowIsPlannedOnlyForMatchingRequests() {
    Regimen regimen = regimenOf(SampleDocuments.parse(sampleWithRubraWindow()));

    TreatmentPlan red = regimen.plan(request(Optional.of(StriaeStage.RUBRA)));
    TreatmentPlan white = regimen.plan(request(Optional.of(StriaeStage.ALBA)));
    TreatmentPlan unknown = regimen.plan(request(Optional.empty()));

    assertThat(red.sessions()).isNotEmpty();
    ResultWindow optimal =
        red.results().stream().filter(r -> r.sourceWords().equals("red marks")).findFirst().orElseThrow();
    LocalDate first = red.sessions().get(0).date();
    assertThat(optimal.days().from()).isEqualTo(first.plusWeeks(8));
    assertThat(optimal.days().to()).isEqualTo(first.plusWeeks(10));
    assertThat(white.sessions()).isNotEmpty();
    assertThat(white.results()).noneMatch(r -> r.sourceWords().equals("red marks"));
    assertThat(unknown.results()).noneMatch(r -> r.sourceWords().equals("red marks"));
    // The rows without when still hold for everyone.
    assertThat(white.results()).hasSize(red.results().size() - 1);
  }

  private static Regimen regimenOf(Protocol protocol) {
    TreatmentModule module = () -> protocol;
    return Regimen.of(TreatmentCatalog.of(List.of(module)));
  }

  private static TreatmentRequest request(Optional<StriaeStage> stage) {
    return TreatmentRequest.builder()
        .asOf(LocalDate.of(2027, 1, 5))
        .treatment("sample-prp")
        .indication(Indication.STRETCH_MARKS)
        .striae(StriaeAssessment.builder().stage(stage).build())
        .addAreas(BodyArea.ABDOMEN)
        .patient(
            PatientProfile.builder()
                .birthDate(LocalDate.of(1990, 1, 1))
                .sex(Sex.MALE)
                .pregnancy(PregnancyStatus.NONE)
                .conditions(List.of())
                .medications(List.of())
                .allergies(List.of())
                .areaFindings(List.of())
                .procedures(List.of())
                .build())
        .build();
  }
}
