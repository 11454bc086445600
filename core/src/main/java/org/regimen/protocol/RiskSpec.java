package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
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
  String code();

  Likelihood likelihood();

  RiskSite site();

  Optional<Span> resolves();

  /** True for visible effects (bruising, swelling): their healing window must not meet an event. */
  @Value.Default
  default boolean visible() {
    return false;
  }

  String text();

  Basis basis();

  Optional<Match> raisedWhen();

  static ImmutableRiskSpec.Builder builder() {
    return ImmutableRiskSpec.builder();
  }
}
