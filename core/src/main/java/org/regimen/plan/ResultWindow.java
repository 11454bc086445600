package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.internal.RegimenStyle;

/**
 * When a phase of the result is expected, as dates, with its source.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ResultWindow {
  @Value.Redacted
  ResultPhase phase();

  @Value.Redacted
  DateRange days();

  @Value.Redacted
  String source();

  @Value.Redacted
  String sourceWords();

  @Value.Redacted
  Optional<String> note();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  static ImmutableResultWindow.Builder builder() {
    return ImmutableResultWindow.builder();
  }
}
