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
  /**
   * {@return the patient's date of birth; empty when not recorded (age rules then ask to confirm
   * it)}
   */
  @Value.Redacted
  Optional<LocalDate> birthDate();

  /** {@return the patient's sex; empty when not recorded} */
  @Value.Redacted
  Optional<Sex> sex();

  /** {@return whether the patient is pregnant or breastfeeding; empty when not recorded} */
  @Value.Redacted
  Optional<PregnancyStatus> pregnancy();

  /**
   * {@return the patient's systemic conditions; empty when not asked, an empty list when known:
   * none}
   */
  @Value.Redacted
  Optional<List<Condition>> conditions();

  /**
   * {@return the status and since-when of conditions recorded in object form, at most one per code,
   * each code also in {@link #conditions()}; a condition without one has its status not known}
   */
  @Value.Redacted
  List<ConditionDetail> conditionDetails();

  /**
   * {@return the medicines the patient takes or took; empty when not asked, an empty list when
   * known: none}
   */
  @Value.Redacted
  Optional<List<Medication>> medications();

  /** {@return the patient's allergies; empty when not asked, an empty list when known: none} */
  @Value.Redacted
  Optional<List<Allergy>> allergies();

  /**
   * {@return the findings in body areas (an infection, a sunburn...); empty when not examined, an empty
   * list when known: none}
   */
  @Value.Redacted
  Optional<List<AreaFinding>> areaFindings();

  /**
   * {@return the procedures the patient had (a filler, a laser, surgery...), each with its area and
   * day; absent when not asked, {@code []} when the patient had none}
   */
  @Value.Redacted
  Optional<List<Procedure>> procedures();

  /** {@return the patient's skin phototype and type; empty when not recorded} */
  @Value.Redacted
  Optional<Skin> skin();

  /** {@return the patient's menstrual cycle; empty when not recorded} */
  @Value.Redacted
  Optional<MenstrualCycle> menstruation();

  /**
   * {@return the reproductive facts (trying to conceive, a delivery, a pregnancy test); absent when
   * none of it is known}
   */
  @Value.Redacted
  Optional<Reproductive> reproductive();

  /** {@return the laboratory results on file; a test absent here is missing} */
  @Value.Redacted
  List<LabResult> labResults();

  /** {@return whether the patient smokes or uses a sunbed; empty when not recorded} */
  @Value.Redacted
  Optional<Lifestyle> lifestyle();

  /**
   * {@return true if the patient's conditions are known and include {@code condition}}
   *
   * @param condition the condition asked about
   */
  default boolean has(Condition condition) {
    return conditions().map(list -> list.contains(condition)).orElse(false);
  }

  /**
   * {@return the status a rule judges {@code condition} by: the recorded one, or {@link
   * ConditionStatus#ACTIVE} when none is recorded (unknown is never the mildest)}
   *
   * @param condition the condition asked about
   */
  default ConditionStatus judgedStatus(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return statusOf(condition).orElse(ConditionStatus.ACTIVE);
  }

  /**
   * {@return the status recorded for {@code condition}, if any}
   *
   * @param condition the condition asked about
   */
  default Optional<ConditionStatus> statusOf(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return conditionDetails().stream()
        .filter(d -> d.code() == condition)
        .findFirst()
        .flatMap(ConditionDetail::status);
  }

  /**
   * {@return true if the patient's allergies are known and include {@code allergy}}
   *
   * @param allergy the allergy asked about
   */
  default boolean isAllergicTo(Allergy allergy) {
    return allergies().map(list -> list.contains(allergy)).orElse(false);
  }

  /**
   * Immutables' check: keeps immutable copies of lists a caller handed in inside an {@code
   * Optional}. Called by the generated builder; callers need not call it.
   *
   * @return this profile, or a copy with immutable lists
   */
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

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutablePatientProfile.Builder builder() {
    return ImmutablePatientProfile.builder();
  }
}
