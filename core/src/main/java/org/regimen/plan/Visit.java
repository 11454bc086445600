package org.regimen.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** A visit that is not a treatment session, such as the consultation before session 1. */
@Value.Immutable
@RegimenStyle
public interface Visit {
  VisitKind kind();

  LocalDate date();

  String purpose();

  /** Module id, only in a combined plan. */
  Optional<String> treatment();

  static ImmutableVisit.Builder builder() {
    return ImmutableVisit.builder();
  }
}
