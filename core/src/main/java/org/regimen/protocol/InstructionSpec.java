package org.regimen.protocol;

import java.util.List;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;

/**
 * A preparation or aftercare instruction. Preparation runs from {@code span.max} days before the
 * session to the day before it ({@code span} of 0 days: the session day itself); aftercare from the
 * session day for {@code span.max} days. The safe end of a vague range is always used.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface InstructionSpec {
  /** {@return the instruction's stable code in this protocol, e.g. {@code AVOID_SUN}} */
  String code();

  /** {@return the instruction, in plain words for the patient} */
  String text();

  /**
   * {@return whether the instruction holds before (or after) the first session only ({@code
   * FIRST_SESSION}) or each session ({@code EACH_SESSION})}
   */
  Anchor anchor();

  /**
   * {@return how many days before the session (preparation) or after it (aftercare) the instruction
   * holds}
   */
  Span span();

  /** {@return the instruction's source and its words} */
  Basis basis();

  /**
   * {@return an aftercare instruction that forbids other professional procedures while it runs: in
   * a combined plan no other therapy's session falls inside its dated window}
   */
  @Value.Default
  default boolean blocksProcedures() {
    return false;
  }

  /**
   * {@return a preparation given only to patients who take one of these not known to be prescribed
   * (a pause of a self-chosen supplement or painkiller: a prescribed medicine is the prescriber's
   * to manage, never paused by a dated instruction), or whose medicines are not recorded: unknown
   * is never "no". Empty: every patient}
   */
  List<MedicationKind> whenTaking();

  /**
   * {@return whether this instruction is for {@code patient}}
   *
   * @param patient what the clinic knows of the patient
   */
  default boolean appliesTo(PatientProfile patient) {
    if (whenTaking().isEmpty()) {
      return true;
    }
    return patient
        .medications()
        .map(
            list ->
                list.stream()
                    .filter(m -> !m.knownPrescribed())
                    .map(Medication::kind)
                    .anyMatch(whenTaking()::contains))
        .orElse(true);
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableInstructionSpec.Builder builder() {
    return ImmutableInstructionSpec.builder();
  }
}
