package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** A side effect or risk of the treatment. */
@Value.Immutable
@RegimenStyle
public interface Risk {
  String code();

  Likelihood likelihood();

  RiskSite site();

  /** How long it takes to clear, where the source says. */
  Optional<DayRange> resolvesInDays();

  String text();

  String source();

  String sourceWords();

  /** Why this risk applies to this patient in particular, where it depends on the patient. */
  Optional<String> note();

  /** Module id of the treatment this belongs to, only in a combined plan. */
  Optional<String> treatment();

  static ImmutableRisk.Builder builder() {
    return ImmutableRisk.builder();
  }
}
