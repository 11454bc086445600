package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.dates.DateRange;

/** What keeps the result, and when it is due where the source says. */
@Value.Immutable
@RegimenStyle
public interface Maintenance {
  Optional<DateRange> days();

  String text();

  String source();

  String sourceWords();

  /** Module id of the treatment this belongs to, only in a combined plan. */
  Optional<String> treatment();

  static ImmutableMaintenance.Builder builder() {
    return ImmutableMaintenance.builder();
  }
}
