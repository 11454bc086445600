package org.regimen.planning;

import java.util.Optional;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Indication;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

/**
 * The request one part of a combination is planned with: the combined request, for this part's
 * treatment alone, with the part's own indication, areas and assessment where it gives them and the
 * request's otherwise (contract.md, "Additions": {@code treatments[]} objects). A part that names only
 * its treatment is planned exactly as a string id always was.
 */
final class PartRequest {
  private PartRequest() {}

  static TreatmentRequest of(TreatmentRequest request, CombinedTreatment part) {
    Indication indication = indication(request, part);
    return TreatmentRequest.builder()
        .from(request)
        .treatment(part.treatment())
        .treatments(java.util.List.of())
        .indication(indication)
        .areas(part.areas().isEmpty() ? request.areas() : part.areas())
        .assessment(part.assessment().or(request::assessment))
        .striae(striae(request, part, indication))
        .laxity(laxity(request, part, indication))
        .build();
  }

  static Indication indication(TreatmentRequest request, CombinedTreatment part) {
    return part.indication().orElse(request.indication());
  }

  /** The part's own, else the request's when both are about stretch marks. */
  private static Optional<StriaeAssessment> striae(
      TreatmentRequest request, CombinedTreatment part, Indication indication) {
    if (part.striae().isPresent()) {
      return part.striae();
    }
    return indication == Indication.STRETCH_MARKS && request.indication() == Indication.STRETCH_MARKS
        ? request.striae()
        : Optional.empty();
  }

  private static Optional<LaxityAssessment> laxity(
      TreatmentRequest request, CombinedTreatment part, Indication indication) {
    if (part.laxity().isPresent()) {
      return part.laxity();
    }
    return indication == Indication.SKIN_LAXITY && request.indication() == Indication.SKIN_LAXITY
        ? request.laxity()
        : Optional.empty();
  }
}
