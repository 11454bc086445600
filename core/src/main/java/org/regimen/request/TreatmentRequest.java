package org.regimen.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One patient, one indication, and what the caller asks for: a plan for one treatment
 * ({@link #treatment()}), a combined plan ({@link #treatments()}), or, with neither, a comparison
 * of every treatment for the indication.
 *
 * <p>Build with {@link #builder()}; {@code Regimen} validates the whole request and reports every
 * problem at once. {@code toString()} shows the structure only: every attribute, the id, clinic, language
 * and treatments included, is redacted.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface TreatmentRequest {
  /** The caller's own reference, echoed in answers; must not be a patient identifier in clear. */
  @Value.Redacted
  Optional<String> id();

  /** The day the plan is made: the reference for age, test recency and lead times. */
  @Value.Redacted
  LocalDate asOf();

  /** Language of patient-facing texts, as an ISO 639-1 code; English when absent or unavailable. */
  @Value.Redacted
  Optional<String> language();

  @Value.Default
  @Value.Redacted
  default Currency currency() {
    return Currency.EUR;
  }

  @Value.Redacted
  Optional<Clinic> clinic();

  /** Module id of the one treatment asked for. */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * The parts of a combined plan, instead of {@link #treatment()}: each a module id and, optionally,
   * its own indication, areas and assessment ({@link CombinedTreatment}).
   */
  @Value.Redacted
  List<CombinedTreatment> treatments();

  /** The module ids of {@link #treatments()}, in order. */
  default List<String> treatmentIds() {
    return treatments().stream().map(CombinedTreatment::treatment).toList();
  }

  @Value.Redacted
  Indication indication();

  @Value.Redacted
  Optional<StriaeAssessment> striae();

  @Value.Redacted
  Optional<LaxityAssessment> laxity();

  /** The assessment of any indication: its severity (contract.md, "Additions"). */
  @Value.Redacted
  Optional<Assessment> assessment();

  /** Areas to treat, in the caller's order, without repeats. */
  @Value.Redacted
  List<BodyArea> areas();

  /** The first day the patient could come; {@code asOf} when absent. */
  @Value.Redacted
  Optional<LocalDate> earliestStart();

  @Value.Redacted
  PatientProfile patient();

  /** What was already done; absent for a course not yet begun. */
  @Value.Redacted
  Optional<History> history();

  @Value.Default
  @Value.Redacted
  default CalendarConstraints calendar() {
    return CalendarConstraints.NONE;
  }

  static ImmutableTreatmentRequest.Builder builder() {
    return ImmutableTreatmentRequest.builder();
  }
}
