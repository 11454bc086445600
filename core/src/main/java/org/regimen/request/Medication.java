package org.regimen.request;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A medication or supplement the patient takes: {@code from} is the first day of the course, {@code
 * until} the last (both inclusive). A course whose last day is before the plan's {@code asOf} is
 * history, not a current medicine, unless a rule asks for a wait after it (isotretinoin). {@code
 * area} names where a local medicine was given (a steroid injected into a scar).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Medication {
  /** {@return the kind of medicine} */
  @Value.Redacted
  MedicationKind kind();

  /** {@return the first day of the course, inclusive; absent when not known} */
  @Value.Redacted
  Optional<LocalDate> from();

  /** {@return the last day of the course, inclusive; absent for an ongoing or open-ended course} */
  @Value.Redacted
  Optional<LocalDate> until();

  /**
   * {@return true when a prescriber prescribed it, false when self-chosen; absent when not known}
   */
  @Value.Redacted
  Optional<Boolean> prescribed();

  /**
   * {@return the area a local medicine was given in (a steroid injection); absent for a systemic
   * one}
   */
  @Value.Redacted
  Optional<BodyArea> area();

  /** {@return true when a prescriber is known to have prescribed it} */
  default boolean knownPrescribed() {
    return prescribed().orElse(false);
  }

  /**
   * {@return true when the course ended before {@code day}: it is history on that day}
   *
   * @param day the day asked about, usually the plan's {@code asOf}
   */
  default boolean endedBefore(LocalDate day) {
    return until().filter(last -> last.isBefore(day)).isPresent();
  }

  /**
   * {@return an ongoing course of {@code kind}: no first or last day, prescription not known}
   *
   * @param kind the kind of medicine
   */
  static Medication ongoing(MedicationKind kind) {
    return ImmutableMedication.builder().kind(kind).build();
  }

  /**
   * {@return an ongoing local medicine of {@code kind} given in {@code area}}
   *
   * @param kind the kind of medicine, a local one ({@link MedicationKind#isLocal()})
   * @param area the area it was given in
   */
  static Medication inArea(MedicationKind kind, BodyArea area) {
    return ImmutableMedication.builder().kind(kind).area(area).build();
  }

  /**
   * {@return a course of {@code kind} whose last day is {@code lastDay}}
   *
   * @param kind the kind of medicine
   * @param lastDay the last day of the course, inclusive
   */
  static Medication until(MedicationKind kind, LocalDate lastDay) {
    return ImmutableMedication.builder().kind(kind).until(lastDay).build();
  }
}
