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
  @Value.Redacted
  Optional<DateRange> days();

  @Value.Redacted
  String text();

  @Value.Redacted
  String source();

  @Value.Redacted
  String sourceWords();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  static ImmutableMaintenance.Builder builder() {
    return ImmutableMaintenance.builder();
  }
}
