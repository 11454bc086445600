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
  /** {@return which phase of the result the window is for} */
  @Value.Redacted
  ResultPhase phase();

  /** {@return the days the phase is expected, both ends included} */
  @Value.Redacted
  DateRange days();

  /** {@return the source: a document's file name, a publication, or {@code regimen-default}} */
  @Value.Redacted
  String source();

  /** {@return the source's exact words} */
  @Value.Redacted
  String sourceWords();

  /** {@return a note on the window for the practitioner, where there is one} */
  @Value.Redacted
  Optional<String> note();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableResultWindow.Builder builder() {
    return ImmutableResultWindow.builder();
  }
}
