package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A side effect or risk of the treatment.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Risk {
  @Value.Redacted
  String code();

  @Value.Redacted
  Likelihood likelihood();

  @Value.Redacted
  RiskSite site();

  /** {@return how long it takes to clear, where the source says} */
  @Value.Redacted
  Optional<DayRange> resolvesInDays();

  @Value.Redacted
  String text();

  @Value.Redacted
  String source();

  @Value.Redacted
  String sourceWords();

  /** {@return why this risk applies to this patient in particular, where it depends on the patient} */
  @Value.Redacted
  Optional<String> note();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  static ImmutableRisk.Builder builder() {
    return ImmutableRisk.builder();
  }
}
