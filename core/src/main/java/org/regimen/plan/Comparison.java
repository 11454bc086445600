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
  @Value.Redacted
  Optional<String> id();

  @Value.Redacted
  Indication indication();

  /** {@return one option per installed module that treats the indication, in the comparison's order (eligible options first)} */
  @Value.Redacted
  List<ComparisonOption> options();

  /**
   * {@return treatments the installed protocols' sources compare with, for this indication: reference text
   * only, never planned by Regimen ({@link Alternative#planned()} is false)}
   */
  @Value.Redacted
  List<Alternative> alternatives();

  static ImmutableComparison.Builder builder() {
    return ImmutableComparison.builder();
  }
}
