package org.regimen.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A visit that is not a treatment session, such as the consultation before session 1.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Visit {
  @Value.Redacted
  VisitKind kind();

  @Value.Redacted
  LocalDate date();

  @Value.Redacted
  String purpose();

  /** {@return the module id, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  static ImmutableVisit.Builder builder() {
    return ImmutableVisit.builder();
  }
}
