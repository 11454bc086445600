package org.regimen.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * What the clinic knows of the patient. Every attribute is redacted from {@code toString()}.
 *
 * <p>An absent attribute means "not known", which is never read as "no": an empty list means
 * "known: none". Screening turns unknowns a protocol needs into findings that say what to confirm.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface PatientProfile {
  @Value.Redacted
  Optional<LocalDate> birthDate();

  @Value.Redacted
  Optional<Sex> sex();

  @Value.Redacted
  Optional<PregnancyStatus> pregnancy();

  @Value.Redacted
  Optional<List<Condition>> conditions();

  /**
   * Status and since-when of conditions recorded in object form, at most one per code, each code
   * also in {@link #conditions()}; a condition without one has its status not known.
   */
  @Value.Redacted
  List<ConditionDetail> conditionDetails();

  @Value.Redacted
  Optional<List<Medication>> medications();

  @Value.Redacted
  Optional<List<Allergy>> allergies();

  @Value.Redacted
  Optional<List<AreaFinding>> areaFindings();

  /**
   * Procedures the patient had (a filler, a laser, surgery...), each with its area and day; absent
   * when not asked, {@code []} when the patient had none.
   */
  @Value.Redacted
  Optional<List<Procedure>> procedures();

  @Value.Redacted
  Optional<Skin> skin();

  @Value.Redacted
  Optional<MenstrualCycle> menstruation();

  /** Trying to conceive, a delivery, a pregnancy test; absent when none of it is known. */
  @Value.Redacted
  Optional<Reproductive> reproductive();

  /** Results on file; tests absent here are missing. */
  @Value.Redacted
  List<LabResult> labResults();

  @Value.Redacted
  Optional<Lifestyle> lifestyle();

  /** True if the patient's conditions are known and include {@code condition}. */
  default boolean has(Condition condition) {
    return conditions().map(list -> list.contains(condition)).orElse(false);
  }

  /**
   * The status a rule judges {@code condition} by: the recorded one, or {@link
   * ConditionStatus#ACTIVE} when none is recorded (unknown is never the mildest).
   */
  default ConditionStatus judgedStatus(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return statusOf(condition).orElse(ConditionStatus.ACTIVE);
  }

  /** The status recorded for {@code condition}, if any. */
  default Optional<ConditionStatus> statusOf(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return conditionDetails().stream()
        .filter(d -> d.code() == condition)
        .findFirst()
        .flatMap(ConditionDetail::status);
  }

  /** True if the patient's allergies are known and include {@code allergy}. */
  default boolean isAllergicTo(Allergy allergy) {
    return allergies().map(list -> list.contains(allergy)).orElse(false);
  }

  @Value.Check
  default PatientProfile normalize() {
    // Callers may hand in mutable lists inside Optional: keep our own immutable copies.
    boolean mutable =
        conditions().filter(PatientProfile::isMutable).isPresent()
            || medications().filter(PatientProfile::isMutable).isPresent()
            || allergies().filter(PatientProfile::isMutable).isPresent()
            || areaFindings().filter(PatientProfile::isMutable).isPresent()
            || procedures().filter(PatientProfile::isMutable).isPresent();
    if (!mutable) {
      return this;
    }
    return ImmutablePatientProfile.builder()
        .from(this)
        .conditions(conditions().map(List::copyOf))
        .medications(medications().map(List::copyOf))
        .allergies(allergies().map(List::copyOf))
        .areaFindings(areaFindings().map(List::copyOf))
        .procedures(procedures().map(List::copyOf))
        .build();
  }

  private static boolean isMutable(List<?> list) {
    return !list.getClass().getName().startsWith("java.util.ImmutableCollections");
  }

  static ImmutablePatientProfile.Builder builder() {
    return ImmutablePatientProfile.builder();
  }
}
