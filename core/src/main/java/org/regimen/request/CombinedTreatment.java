package org.regimen.request;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One part of a combined plan (in JSON, {@code treatments[]} may hold objects
 * {@code { "treatment", "indication", "areas", "assessment" }}): a module id and, optionally, what
 * this treatment is for, so one plan can combine, e.g., PRP for the face's laxity with mesotherapy
 * for stretch marks on the hips.
 *
 * <p>Each value this part leaves out is the request's own: an absent {@link #indication()} is the
 * request's indication, empty {@link #areas()} are the request's areas, an absent {@link
 * #assessment()} is the request's assessment. {@link #striae()} and {@link #laxity()} belong to
 * their indication: when absent, the request's apply only where this part's indication is the one
 * they describe (stretch marks, skin laxity). {@code toString()} shows the structure only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface CombinedTreatment {
  /** {@return the module id, e.g. {@code prp}} */
  @Value.Redacted
  String treatment();

  /** {@return what this treatment treats; the request's indication when absent} */
  @Value.Redacted
  Optional<Indication> indication();

  /**
   * {@return the areas this treatment treats, in the caller's order; the request's areas when
   * empty}
   */
  @Value.Redacted
  List<BodyArea> areas();

  /** {@return this part's assessment of its indication; the request's when absent} */
  @Value.Redacted
  Optional<Assessment> assessment();

  /** {@return this part's stretch-mark assessment (indication {@code STRETCH_MARKS} only)} */
  @Value.Redacted
  Optional<StriaeAssessment> striae();

  /** {@return this part's laxity assessment (indication {@code SKIN_LAXITY} only)} */
  @Value.Redacted
  Optional<LaxityAssessment> laxity();

  /** {@return true when this part names nothing but its treatment (today's string form)} */
  default boolean idOnly() {
    return indication().isEmpty()
        && areas().isEmpty()
        && assessment().isEmpty()
        && striae().isEmpty()
        && laxity().isEmpty();
  }

  /**
   * The part for {@code treatment} with every value taken from the request.
   *
   * @param treatment a module id
   * @return a part that names only its treatment
   */
  static CombinedTreatment of(String treatment) {
    return builder().treatment(treatment).build();
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableCombinedTreatment.Builder builder() {
    return ImmutableCombinedTreatment.builder();
  }
}
