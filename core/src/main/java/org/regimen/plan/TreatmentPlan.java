package org.regimen.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.request.Indication;

/**
 * The answer to a request for one treatment (or a combination): eligibility, dated sessions, what
 * to do before and after, when results show and how long they last, risks, and the sources.
 */
@Value.Immutable
@RegimenStyle
public interface TreatmentPlan {
  Optional<String> id();

  /** The treatment, for a single-treatment plan. */
  Optional<TreatmentRef> treatment();

  /** The treatments, for a combined plan. */
  List<TreatmentRef> treatments();

  Indication indication();

  /** Language the patient-facing texts are in. */
  String language();

  Eligibility eligibility();

  List<Session> sessions();

  List<Visit> visits();

  List<ResultWindow> results();

  List<Risk> risks();

  Optional<Maintenance> maintenance();

  Optional<Cost> cost();

  List<Adjustment> adjustments();

  List<Conflict> conflicts();

  /** Source documents and publications the plan was made from. */
  List<String> sources();

  static ImmutableTreatmentPlan.Builder builder() {
    return ImmutableTreatmentPlan.builder();
  }
}
