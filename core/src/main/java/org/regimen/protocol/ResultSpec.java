package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.plan.ResultPhase;

/** When a phase of the result shows: {@code span} days after the anchor session. */
@Value.Immutable
@RegimenStyle
public interface ResultSpec {
  ResultPhase phase();

  /** FIRST_SESSION or LAST_SESSION. */
  Anchor anchor();

  Span span();

  Basis basis();

  Optional<String> note();

  static ImmutableResultSpec.Builder builder() {
    return ImmutableResultSpec.builder();
  }
}
