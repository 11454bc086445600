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
  @Value.Redacted
  Optional<Severity> severity();

  static ImmutableLaxityAssessment.Builder builder() {
    return ImmutableLaxityAssessment.builder();
  }
}
