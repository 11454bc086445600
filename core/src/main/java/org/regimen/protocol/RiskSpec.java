package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.Likelihood;
import org.regimen.plan.RiskSite;

/**
 * A side effect or risk; with {@code raisedWhen}, listed only for patients that match it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface RiskSpec {
  /** {@return the risk's stable code, e.g. {@code BRUISING}} */
  String code();

  /** {@return how often it happens} */
  Likelihood likelihood();

  /** {@return where it happens: the injection site, the harvest site, or the whole body} */
  RiskSite site();

  /** {@return how long the effect takes to heal; an open span for a mark that does not} */
  Optional<Span> resolves();

  /**
   * {@return where the healing time comes from when the risk's own source does not give it (another
   * document on the same injections, a publication, or a Regimen default with its reason); empty
   * when {@link #basis()} gives it}
   */
  Optional<Basis> resolvesBasis();

  /**
   * {@return true for visible effects (bruising, swelling): their healing window must not meet an
   * event}
   */
  @Value.Default
  default boolean visible() {
    return false;
  }

  /** {@return the risk, in plain words for the patient} */
  String text();

  /** {@return the source and its words} */
  Basis basis();

  /** {@return the patients it is listed for; absent: every patient} */
  Optional<Match> raisedWhen();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableRiskSpec.Builder builder() {
    return ImmutableRiskSpec.builder();
  }
}
