package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.internal.RegimenStyle;

/**
 * What keeps the result, and when it is due where the source says.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Maintenance {
  /** {@return when maintenance is due; absent where the source gives no time} */
  @Value.Redacted
  Optional<DateRange> days();

  /** {@return what maintenance the source advises, in plain words} */
  @Value.Redacted
  String text();

  /** {@return the source: a document's file name, a publication, or {@code regimen-default}} */
  @Value.Redacted
  String source();

  /** {@return the source's exact words} */
  @Value.Redacted
  String sourceWords();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableMaintenance.Builder builder() {
    return ImmutableMaintenance.builder();
  }
}
