package org.regimen.request;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** A medication or supplement the patient takes; {@code until} is the last day of the course. */
@Value.Immutable
@RegimenStyle
public interface Medication {
  @Value.Redacted
  MedicationKind kind();

  /** Last day of the course, inclusive; absent for an ongoing or open-ended course. */
  @Value.Redacted
  Optional<LocalDate> until();

  static Medication ongoing(MedicationKind kind) {
    return ImmutableMedication.builder().kind(kind).build();
  }

  static Medication until(MedicationKind kind, LocalDate lastDay) {
    return ImmutableMedication.builder().kind(kind).until(lastDay).build();
  }
}
