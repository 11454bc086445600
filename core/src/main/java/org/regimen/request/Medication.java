package org.regimen.request;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A medication or supplement the patient takes: {@code from} is the first day of the course,
 * {@code until} the last (both inclusive). A course whose last day is before the plan's {@code asOf}
 * is history, not a current medicine, unless a rule asks for a wait after it (isotretinoin).
 * {@code area} names where a local medicine was given (a steroid injected into a scar).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Medication {
  @Value.Redacted
  MedicationKind kind();

  /** First day of the course, inclusive; absent when not known. */
  @Value.Redacted
  Optional<LocalDate> from();

  /** Last day of the course, inclusive; absent for an ongoing or open-ended course. */
  @Value.Redacted
  Optional<LocalDate> until();

  /** True when a prescriber prescribed it, false when self-chosen; absent when not known. */
  @Value.Redacted
  Optional<Boolean> prescribed();

  /** The area a local medicine was given in (a steroid injection); absent for a systemic one. */
  @Value.Redacted
  Optional<BodyArea> area();

  /** True when a prescriber is known to have prescribed it. */
  default boolean knownPrescribed() {
    return prescribed().orElse(false);
  }

  /** True when the course ended before {@code day}: it is history on that day. */
  default boolean endedBefore(LocalDate day) {
    return until().filter(last -> last.isBefore(day)).isPresent();
  }

  static Medication ongoing(MedicationKind kind) {
    return ImmutableMedication.builder().kind(kind).build();
  }

  static Medication inArea(MedicationKind kind, BodyArea area) {
    return ImmutableMedication.builder().kind(kind).area(area).build();
  }

  static Medication until(MedicationKind kind, LocalDate lastDay) {
    return ImmutableMedication.builder().kind(kind).until(lastDay).build();
  }
}
