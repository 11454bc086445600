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
  /** {@return the risk's stable code, e.g. {@code BRUISING}} */
  @Value.Redacted
  String code();

  /** {@return how often it happens} */
  @Value.Redacted
  Likelihood likelihood();

  /** {@return where it happens: the injection site, the harvest site, or the whole body} */
  @Value.Redacted
  RiskSite site();

  /** {@return how long it takes to clear, where the source says} */
  @Value.Redacted
  Optional<DayRange> resolvesInDays();

  /** {@return the risk, in plain words for the patient} */
  @Value.Redacted
  String text();

  /** {@return the source: a document's file name, a publication, or {@code regimen-default}} */
  @Value.Redacted
  String source();

  /** {@return the source's exact words} */
  @Value.Redacted
  String sourceWords();

  /**
   * {@return why this risk applies to this patient in particular, where it depends on the patient}
   */
  @Value.Redacted
  Optional<String> note();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableRisk.Builder builder() {
    return ImmutableRisk.builder();
  }
}
