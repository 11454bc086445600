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
  @Value.Redacted
  Optional<Boolean> smoker();

  @Value.Redacted
  Optional<Boolean> frequentSolarium();

  static ImmutableLifestyle.Builder builder() {
    return ImmutableLifestyle.builder();
  }
}
