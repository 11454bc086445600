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
  @Value.Redacted
  EligibilityStatus status();

  /** {@return the first day a session may be given, where it is known} */
  @Value.Redacted
  Optional<LocalDate> earliestStart();

  @Value.Redacted
  List<Finding> findings();

  @Value.Redacted
  List<ExcludedArea> excludedAreas();

  @Value.Redacted
  List<RequiredTest> requiredTests();

  static ImmutableEligibility.Builder builder() {
    return ImmutableEligibility.builder();
  }
}
