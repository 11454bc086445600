package org.regimen.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Whether the patient may be treated, why, and from when.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Eligibility {
  /** {@return the overall verdict: the strongest among the findings about the whole patient} */
  @Value.Redacted
  EligibilityStatus status();

  /** {@return the first day a session may be given, where it is known} */
  @Value.Redacted
  Optional<LocalDate> earliestStart();

  /** {@return every reason screening found, whole patient and per area} */
  @Value.Redacted
  List<Finding> findings();

  /** {@return the requested areas left out of the plan, each with the finding's code} */
  @Value.Redacted
  List<ExcludedArea> excludedAreas();

  /** {@return the laboratory tests to do (or repeat) before session 1} */
  @Value.Redacted
  List<RequiredTest> requiredTests();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableEligibility.Builder builder() {
    return ImmutableEligibility.builder();
  }
}
