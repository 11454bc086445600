package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.CombinationChecks;

/**
 * The sample combination-prp-face-mesotherapy-hips.json with the installed modules (contract.md,
 * "Additions": "PRP for the face's laxity with mesotherapy for stretch marks on the hips"): PRP's
 * skin-tightening course (FACE, NECK, DECOLLETE) for the face, mesotherapy's stretch-marks course for
 * the hips, in one plan.
 */
class PerTreatmentPartsTest {
  private static final Regimen REGIMEN = Regimen.load();
  private static final RegimenJson JSON = RegimenJson.create();

  private static TreatmentRequest sample() throws IOException {
    return JSON.readRequest(Files.readString(Path.of("requests", "combination-prp-face-mesotherapy-hips.json")));
  }

  @Test
  void prpTreatsTheFacesLaxityAndMesotherapyTheStretchMarksOnTheHips() throws IOException {
    TreatmentPlan plan = CombinationChecks.check(REGIMEN, sample());

    assertThat(plan.treatments())
        .extracting(TreatmentRef::id, TreatmentRef::indication, TreatmentRef::areas)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("prp", Optional.of(Indication.SKIN_LAXITY), List.of(BodyArea.FACE)),
            org.assertj.core.groups.Tuple.tuple(
                "mesotherapy", Optional.of(Indication.STRETCH_MARKS), List.of(BodyArea.HIPS)));
    assertThat(plan.sessions()).isNotEmpty();
    for (Session session : plan.sessions()) {
      assertThat(session.areas())
          .as("session %d", session.number())
          .containsExactly(session.treatment().orElseThrow().equals("prp") ? BodyArea.FACE : BodyArea.HIPS);
    }
    assertThat(plan.sessions()).extracting(s -> s.treatment().orElseThrow()).contains("prp", "mesotherapy");
    // Neither course leaves out the other's area: each was asked only for its own.
    assertThat(plan.eligibility().excludedAreas()).isEmpty();
  }

  @Test
  void eachCourseIsTheOneItsOwnIndicationChooses() throws IOException {
    TreatmentPlan plan = REGIMEN.plan(sample());
    TreatmentPlan prpAlone = REGIMEN.plan(single("prp", Indication.SKIN_LAXITY, BodyArea.FACE));
    TreatmentPlan mesoAlone = REGIMEN.plan(single("mesotherapy", Indication.STRETCH_MARKS, BodyArea.HIPS));

    assertThat(plan.sessions().stream().filter(s -> s.treatment().orElseThrow().equals("prp")).count())
        .isEqualTo(prpAlone.sessions().size());
    assertThat(plan.sessions().stream().filter(s -> s.treatment().orElseThrow().equals("mesotherapy")).count())
        .isEqualTo(mesoAlone.sessions().size());
  }

  /** The sample's part for {@code id} alone, as a single-treatment request. */
  private static TreatmentRequest single(String id, Indication indication, BodyArea area) throws IOException {
    TreatmentRequest sample = sample();
    var part = sample.treatments().stream().filter(p -> p.treatment().equals(id)).findFirst().orElseThrow();
    return org.regimen.request.ImmutableTreatmentRequest.copyOf(sample)
        .withTreatments(List.of())
        .withTreatment(id)
        .withIndication(indication)
        .withAreas(area)
        .withStriae(part.striae())
        .withLaxity(part.laxity());
  }
}
