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
  /** {@return what kind of visit it is} */
  @Value.Redacted
  VisitKind kind();

  /** {@return the day of the visit} */
  @Value.Redacted
  LocalDate date();

  /** {@return what the visit is for, in plain words} */
  @Value.Redacted
  String purpose();

  /** {@return the module id, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableVisit.Builder builder() {
    return ImmutableVisit.builder();
  }
}
