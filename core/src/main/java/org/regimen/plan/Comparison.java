package org.regimen.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.request.Indication;

/** The answer to a request without a treatment: one option per module that treats the indication. */
@Value.Immutable
@RegimenStyle
public interface Comparison {
  Optional<String> id();

  Indication indication();

  /** Eligible options first. */
  List<ComparisonOption> options();

  static ImmutableComparison.Builder builder() {
    return ImmutableComparison.builder();
  }
}
