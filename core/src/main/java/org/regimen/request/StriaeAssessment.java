package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The practitioner's assessment of stretch marks; each part may be unknown.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface StriaeAssessment {
  @Value.Redacted
  Optional<StriaeStage> stage();

  /** Age of the marks in whole months. */
  @Value.Redacted
  Optional<Integer> ageMonths();

  @Value.Redacted
  Optional<Severity> severity();

  static ImmutableStriaeAssessment.Builder builder() {
    return ImmutableStriaeAssessment.builder();
  }
}
