package org.regimen.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Indication;

/**
 * The answer to a request without a treatment: one option per module that treats the indication.
 * {@code toString()} shows the structure only: every attribute is redacted.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Comparison {
  /**
   * {@return the request's {@code id}, echoed; absent when the request had none or it was not
   * echoed}
   */
  @Value.Redacted
  Optional<String> id();

  /** {@return the indication the options are compared for} */
  @Value.Redacted
  Indication indication();

  /**
   * {@return one option per installed module that treats the indication, in the comparison's order
   * (eligible options first)}
   */
  @Value.Redacted
  List<ComparisonOption> options();

  /**
   * {@return treatments the installed protocols' sources compare with, for this indication:
   * reference text only, never planned by Regimen ({@link Alternative#planned()} is false)}
   */
  @Value.Redacted
  List<Alternative> alternatives();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableComparison.Builder builder() {
    return ImmutableComparison.builder();
  }
}
