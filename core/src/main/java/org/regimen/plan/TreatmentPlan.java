package org.regimen.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.Regimen;
import org.regimen.RegimenStyle;
import org.regimen.request.Indication;

/**
 * The answer to a request for one treatment (or a combination): eligibility, dated sessions, what
 * to do before and after, when results show and how long they last, risks, and the sources.
 *
 * <p>{@code toString()} shows only the id, the treatment(s) and the language: everything else is
 * derived from the patient's data (dates, areas, findings) and is redacted.
 */
@Value.Immutable
@RegimenStyle
public interface TreatmentPlan {
  Optional<String> id();

  /** The version of the Regimen library that made the plan ({@link Regimen#version()}). */
  @Value.Default
  default String library() {
    return Regimen.version();
  }

  /** The treatment, for a single-treatment plan. */
  Optional<TreatmentRef> treatment();

  /** The treatments, for a combined plan. */
  List<TreatmentRef> treatments();

  @Value.Redacted
  Indication indication();

  /** Language the patient-facing texts are in. */
  String language();

  @Value.Redacted
  Eligibility eligibility();

  @Value.Redacted
  List<Session> sessions();

  @Value.Redacted
  List<Visit> visits();

  @Value.Redacted
  List<ResultWindow> results();

  @Value.Redacted
  List<Risk> risks();

  @Value.Redacted
  Optional<Maintenance> maintenance();

  @Value.Redacted
  Optional<Cost> cost();

  @Value.Redacted
  List<Adjustment> adjustments();

  @Value.Redacted
  List<Conflict> conflicts();

  /** Source documents and publications the plan was made from. */
  @Value.Redacted
  List<String> sources();

  static ImmutableTreatmentPlan.Builder builder() {
    return ImmutableTreatmentPlan.builder();
  }
}
