package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Lifestyle facts that change a risk.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Lifestyle {
  /** {@return whether the patient smokes; absent when not known} */
  @Value.Redacted
  Optional<Boolean> smoker();

  /** {@return whether the patient uses a sunbed (solarium) often; absent when not known} */
  @Value.Redacted
  Optional<Boolean> frequentSolarium();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableLifestyle.Builder builder() {
    return ImmutableLifestyle.builder();
  }
}
