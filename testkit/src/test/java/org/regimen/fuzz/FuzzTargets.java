package org.regimen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;
import org.regimen.testing.RequestGenerator;

/** What the fuzz tests share: a library with the sample protocol, and the checks of an answer. */
final class FuzzTargets {
  static final Protocol SAMPLE =
      ProtocolLoader.load(FuzzTargets.class, "org/regimen/protocol/sample-protocol.json");
  static final TreatmentModule MODULE = () -> SAMPLE;
  static final Regimen REGIMEN = Regimen.of(TreatmentCatalog.of(List.of(MODULE)));
  static final RegimenJson JSON = RegimenJson.create();
  static final RequestGenerator GENERATOR =
      new RequestGenerator(
          SAMPLE.id(),
          EnumSet.of(Indication.STRETCH_MARKS, Indication.SKIN_LAXITY, Indication.FINE_LINES_AND_WRINKLES),
          EnumSet.allOf(BodyArea.class));

  /** A date the published schema accepts: four-digit year, no sign. */
  private static final Pattern BAD_YEAR = Pattern.compile("\"[+-]\\d{4,}-|\"\\d{5,}-");

  private FuzzTargets() {}

  /** Plans or compares a request that was read, and checks the answer reads back whole. */
  static void answer(TreatmentRequest request) {
    try {
      if (request.treatment().isPresent() || !request.treatments().isEmpty()) {
        TreatmentPlan plan = REGIMEN.plan(request);
        String json = JSON.writePlan(plan);
        assertThat(json).doesNotContainPattern(BAD_YEAR);
        assertThat(JSON.readPlan(json)).isEqualTo(plan);
      } else {
        Comparison comparison = REGIMEN.compare(request);
        String json = JSON.writeComparison(comparison);
        assertThat(json).doesNotContainPattern(BAD_YEAR);
        assertThat(JSON.readComparison(json)).isEqualTo(comparison);
      }
    } catch (InvalidRequestException e) {
      checkProblems(e);
    }
  }

  /** Every problem has a path and a message, and at most 50 are listed plus their count. */
  static void checkProblems(InvalidRequestException e) {
    assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(51);
    for (Problem p : e.problems()) {
      assertThat(p.path()).isNotBlank();
      assertThat(p.message()).isNotBlank();
    }
    assertThat(JSON.writeErrors(e)).startsWith("{");
  }
}
