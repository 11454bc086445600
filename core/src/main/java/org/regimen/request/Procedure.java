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
  /** {@return the kind of procedure} */
  @Value.Redacted
  @Value.Parameter
  ProcedureKind kind();

  /** {@return the area it was done in} */
  @Value.Redacted
  @Value.Parameter
  BodyArea area();

  /** {@return the day it was done; not after the request's {@code asOf}} */
  @Value.Redacted
  @Value.Parameter
  LocalDate date();

  /**
   * {@return a {@code kind} procedure done in {@code area} on {@code date}}
   *
   * @param kind the kind of procedure
   * @param area the area it was done in
   * @param date the day it was done
   */
  static Procedure of(ProcedureKind kind, BodyArea area, LocalDate date) {
    return ImmutableProcedure.of(kind, area, date);
  }
}
