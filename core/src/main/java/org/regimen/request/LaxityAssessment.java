package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The practitioner's assessment of skin laxity.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface LaxityAssessment {
  /** {@return how loose the skin is; absent when not assessed} */
  @Value.Redacted
  Optional<Severity> severity();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableLaxityAssessment.Builder builder() {
    return ImmutableLaxityAssessment.builder();
  }
}
