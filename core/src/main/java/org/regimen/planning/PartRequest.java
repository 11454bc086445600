package org.regimen.planning;

import java.util.List;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.TreatmentRequest;
import org.regimen.validation.PartDefaults;

/**
 * The request one part of a combination is planned with: the combined request, for this part's
 * treatment alone, with the part's own indication, areas and assessment where it gives them and the
 * request's otherwise ({@link PartDefaults}, which the validator reads parts with too). A part that
 * names only its treatment is planned exactly as a string id always was.
 */
final class PartRequest {
  private PartRequest() {}

  static TreatmentRequest of(TreatmentRequest request, CombinedTreatment part) {
    return TreatmentRequest.builder()
        .from(request)
        .treatment(part.treatment())
        .treatments(List.of())
        .indication(PartDefaults.indication(request, part))
        .areas(PartDefaults.areas(request, part))
        .assessment(PartDefaults.assessment(request, part))
        .striae(PartDefaults.striae(request, part))
        .laxity(PartDefaults.laxity(request, part))
        .build();
  }
}
