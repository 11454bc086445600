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
  /** {@return the marks' stage, red (RUBRA) or white (ALBA); absent when not assessed} */
  @Value.Redacted
  Optional<StriaeStage> stage();

  /** {@return the age of the marks in whole months} */
  @Value.Redacted
  Optional<Integer> ageMonths();

  /** {@return how severe the marks are; absent when not assessed} */
  @Value.Redacted
  Optional<Severity> severity();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableStriaeAssessment.Builder builder() {
    return ImmutableStriaeAssessment.builder();
  }
}
