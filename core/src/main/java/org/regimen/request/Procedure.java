package org.regimen.request;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A procedure the patient had: its kind, the area it was done in and the day (not after the plan's
 * {@code asOf}). A rule decides how long the area waits after it, or whether it is avoided.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Procedure {
  @Value.Redacted
  @Value.Parameter
  ProcedureKind kind();

  @Value.Redacted
  @Value.Parameter
  BodyArea area();

  @Value.Redacted
  @Value.Parameter
  LocalDate date();

  static Procedure of(ProcedureKind kind, BodyArea area, LocalDate date) {
    return ImmutableProcedure.of(kind, area, date);
  }
}
