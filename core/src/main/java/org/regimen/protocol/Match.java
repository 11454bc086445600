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
  Match ANY = ImmutableMatch.builder().build();

  /** {@return the request's indication (a rule that concerns one course of a protocol)} */
  Set<Indication> indications();

  /** {@return the stretch-mark stage the row is for} */
  Set<StriaeStage> stage();

  /** {@return the severity of the indication's assessment (stretch marks or laxity)} */
  Set<Severity> severity();

  Optional<Integer> minMarkAgeMonths();

  Optional<Integer> maxMarkAgeMonths();

  /** {@return the number of areas planned (after excluded areas are removed)} */
  Optional<Integer> minAreas();

  Optional<Integer> maxAreas();

  Set<SkinType> skinType();

  Set<Fitzpatrick> fitzpatrick();

  /** {@return the age of the patient in whole years at {@code asOf}} */
  Optional<Integer> minAgeYears();

  Optional<Integer> maxAgeYears();

  Optional<Boolean> frequentSolarium();

  Optional<Boolean> smoker();

  static ImmutableMatch.Builder builder() {
    return ImmutableMatch.builder();
  }
}
