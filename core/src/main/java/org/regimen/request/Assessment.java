package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/**
 * The practitioner's assessment of any indication (contract.md, "Additions"): its severity, which
 * chooses the course where the protocol has rows for it and answers the rules that ask for it. For
 * stretch marks and laxity, {@code striae} and {@code laxity} stay as they are; a severity given in
 * both places must agree.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Assessment {
  @Value.Redacted
  Optional<Severity> severity();

  static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }
}
