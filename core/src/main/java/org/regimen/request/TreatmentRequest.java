package org.regimen.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One patient, one indication, and what the caller asks for: a plan for one treatment ({@link
 * #treatment()}), a combined plan ({@link #treatments()}), or, with neither, a comparison of every
 * treatment for the indication.
 *
 * <p>Build with {@link #builder()}; {@code Regimen} validates the whole request and reports every
 * problem at once. {@code toString()} shows the structure only: every attribute, the id, clinic,
 * language and treatments included, is redacted.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface TreatmentRequest {
  /**
   * {@return the caller's own reference, echoed in answers; must not be a patient identifier in
   * clear}
   */
  @Value.Redacted
  Optional<String> id();

  /** {@return the day the plan is made: the reference for age, test recency and lead times} */
  @Value.Redacted
  LocalDate asOf();

  /**
   * {@return the language of patient-facing texts, as an ISO 639-1 code; English when absent or
   * unavailable}
   */
  @Value.Redacted
  Optional<String> language();

  /** {@return the currency of costs; EUR when not given} */
  @Value.Default
  @Value.Redacted
  default Currency currency() {
    return Currency.EUR;
  }

  /** {@return the clinic's name, phone, longest visit and variant; absent when none is given} */
  @Value.Redacted
  Optional<Clinic> clinic();

  /** {@return the module id of the one treatment asked for} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return the parts of a combined plan, instead of {@link #treatment()}: each a module id and,
   * optionally, its own indication, areas and assessment ({@link CombinedTreatment})}
   */
  @Value.Redacted
  List<CombinedTreatment> treatments();

  /** {@return the module ids of {@link #treatments()}, in order} */
  default List<String> treatmentIds() {
    return treatments().stream().map(CombinedTreatment::treatment).toList();
  }

  /** {@return what is to be treated (the first part's indication in a combined request)} */
  @Value.Redacted
  Indication indication();

  /**
   * {@return the stretch marks' stage, age and severity (indication {@code STRETCH_MARKS} only)}
   */
  @Value.Redacted
  Optional<StriaeAssessment> striae();

  /** {@return how loose the skin is (indication {@code SKIN_LAXITY} only)} */
  @Value.Redacted
  Optional<LaxityAssessment> laxity();

  /** {@return the practitioner's assessment of the indication, whatever it is: its severity, and the areas whose severity differs} */
  @Value.Redacted
  Optional<Assessment> assessment();

  /** {@return the areas to treat, in the caller's order, without repeats} */
  @Value.Redacted
  List<BodyArea> areas();

  /** {@return the first day the patient could come; {@code asOf} when absent} */
  @Value.Redacted
  Optional<LocalDate> earliestStart();

  /** {@return what the clinic knows of the patient} */
  @Value.Redacted
  PatientProfile patient();

  /** {@return what was already done; absent for a course not yet begun} */
  @Value.Redacted
  Optional<History> history();

  /**
   * {@return the clinic's open days and the patient's unavailable days and events; no constraints
   * when not given}
   */
  @Value.Default
  @Value.Redacted
  default CalendarConstraints calendar() {
    return CalendarConstraints.NONE;
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableTreatmentRequest.Builder builder() {
    return ImmutableTreatmentRequest.builder();
  }
}
