package org.regimen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.json.RegimenJson;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.RequestGenerator;

/** Every request Regimen writes is valid against request.schema.json, in each of its three forms. */
class RequestSchemaProperties {
  private static final RegimenJson JSON = RegimenJson.create();
  private static final RequestGenerator REQUESTS =
      new RequestGenerator("prp", EnumSet.allOf(Indication.class), EnumSet.allOf(BodyArea.class));

  @Test
  void generatedRequestsAsWrittenAreValid() {
    qt().withExamples(500)
        .withFixedSeed(20270301L)
        .forAll(REQUESTS.requests(), integers().between(0, 3))
        .checkAssert(
            (request, form) -> {
              String json = JSON.writeRequest(inForm(request, form));
              assertThat(Schemas.errors(Schemas.REQUEST, json)).as(json).isEmpty();
            });
  }

  /**
   * 0: a plan for one treatment; 1: a combined plan; 2: a comparison; 3: a combined plan whose parts
   * are objects with their own indication and areas, and no top-level areas.
   */
  static TreatmentRequest inForm(TreatmentRequest request, int form) {
    ImmutableTreatmentRequest copy = ImmutableTreatmentRequest.copyOf(request);
    return switch (form) {
      case 0 -> copy;
      case 1 -> copy.withTreatment(Optional.empty())
          .withTreatments(CombinedTreatment.of("prp"), CombinedTreatment.of("mesotherapy"));
      case 3 -> copy.withTreatment(Optional.empty())
          .withTreatments(
              CombinedTreatment.builder().treatment("prp").indication(request.indication())
                  .areas(request.areas()).build(),
              CombinedTreatment.builder().treatment("mesotherapy").areas(request.areas()).build())
          .withAreas(List.of());
      default -> copy.withTreatment(Optional.empty());
    };
  }
}
