package org.regimen.protocol;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Indication;
import org.regimen.request.Severity;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeStage;

/**
 * A condition on the request, used by course rules, screening rules and risks. Every criterion left
 * empty matches anything; a criterion set against a value the request does not know does not match.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Match {
  /** Matches every request: no criterion set. */
  Match ANY = ImmutableMatch.builder().build();

  /** {@return the request's indication (a rule that concerns one course of a protocol)} */
  Set<Indication> indications();

  /** {@return the stretch-mark stage the row is for} */
  Set<StriaeStage> stage();

  /** {@return the severity of the indication's assessment (stretch marks or laxity)} */
  Set<Severity> severity();

  /** {@return the youngest age of the stretch marks the row is for, in whole months} */
  Optional<Integer> minMarkAgeMonths();

  /** {@return the oldest age of the stretch marks the row is for, in whole months} */
  Optional<Integer> maxMarkAgeMonths();

  /** {@return the number of areas planned (after excluded areas are removed)} */
  Optional<Integer> minAreas();

  /** {@return the most areas planned (after excluded areas are removed)} */
  Optional<Integer> maxAreas();

  /** {@return the skin types matched} */
  Set<SkinType> skinType();

  /** {@return the Fitzpatrick phototypes matched} */
  Set<Fitzpatrick> fitzpatrick();

  /** {@return the age of the patient in whole years at {@code asOf}} */
  Optional<Integer> minAgeYears();

  /** {@return the oldest age of the patient matched, in whole years at {@code asOf}} */
  Optional<Integer> maxAgeYears();

  /** {@return matches a patient whose sunbed use is recorded as this} */
  Optional<Boolean> frequentSolarium();

  /** {@return matches a patient whose smoking is recorded as this} */
  Optional<Boolean> smoker();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableMatch.Builder builder() {
    return ImmutableMatch.builder();
  }
}
