package org.regimen.validation;

import java.util.List;
import java.util.Optional;
import org.regimen.request.Assessment;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Indication;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

/**
 * What one part of a combination is about: its own indication, areas and assessments where it
 * gives them, the request's otherwise (contract.md, "Additions": {@code treatments[]} objects). The
 * validator checks a part's severities against these and planning plans the part with them, so both
 * read a part the same way.
 *
 * <p>The request's striae or laxity go to a part only when the part keeps the request's indication:
 * they describe that indication and no other.
 *
 * @since 0.1.0
 */
public final class PartDefaults {
  private PartDefaults() {}

  /** The part's indication, else the request's. */
  public static Indication indication(TreatmentRequest request, CombinedTreatment part) {
    return part.indication().orElse(request.indication());
  }

  /** The part's areas, else the request's. */
  public static List<BodyArea> areas(TreatmentRequest request, CombinedTreatment part) {
    return part.areas().isEmpty() ? request.areas() : part.areas();
  }

  /** The part's assessment, else the request's. */
  public static Optional<Assessment> assessment(TreatmentRequest request, CombinedTreatment part) {
    return part.assessment().or(request::assessment);
  }

  /** The part's striae, else the request's when the part keeps the request's indication. */
  public static Optional<StriaeAssessment> striae(TreatmentRequest request, CombinedTreatment part) {
    return part.striae().or(() -> keepsIndication(request, part) ? request.striae() : Optional.empty());
  }

  /** The part's laxity, else the request's when the part keeps the request's indication. */
  public static Optional<LaxityAssessment> laxity(TreatmentRequest request, CombinedTreatment part) {
    return part.laxity().or(() -> keepsIndication(request, part) ? request.laxity() : Optional.empty());
  }

  private static boolean keepsIndication(TreatmentRequest request, CombinedTreatment part) {
    return indication(request, part) == request.indication();
  }
}
