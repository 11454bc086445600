package org.regimen.protocol;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ConditionStatus;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;

/**
 * A screening rule switched on by a protocol or by the baseline: its kind, the finding code it
 * raises, its severity, texts and basis, and the parameters its kind reads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ScreeningRule {
  /** {@return what the rule reads, e.g. CONDITION, MEDICATION or LAB_TESTS} */
  RuleKind kind();

  /** {@return the stable finding code, e.g. {@code PREGNANCY}} */
  String code();

  /** {@return how strongly the finding weighs: ABSOLUTE, TEMPORARY, RELATIVE or PRECAUTION} */
  FindingSeverity severity();

  /** {@return the finding's message, for the practitioner} */
  String message();

  /** {@return what the practitioner should do} */
  String action();

  /** {@return the rule's source and its words} */
  Basis basis();

  /** {@return (PREGNANCY rules) the statuses that raise the finding} */
  List<PregnancyStatus> pregnancy();

  /** {@return (CONDITION rules) the conditions that raise the finding} */
  List<Condition> conditions();

  /**
   * {@return (CONDITION rules) the statuses the rule judges; empty means the current ones ({@link
   * #CURRENT_STATUSES}). A condition recorded without a status is judged as ACTIVE; one recorded
   * RESOLVED is history, judged only by a rule that lists RESOLVED}
   */
  List<ConditionStatus> statuses();

  /** The statuses a CONDITION rule without {@code statuses} judges: all but RESOLVED. */
  Set<ConditionStatus> CURRENT_STATUSES =
      Collections.unmodifiableSet(
          EnumSet.of(ConditionStatus.ACTIVE, ConditionStatus.CONTROLLED, ConditionStatus.IN_REMISSION));

  /** {@return the statuses this rule judges, {@link #CURRENT_STATUSES} unless it lists its own} */
  default Set<ConditionStatus> judgedStatuses() {
    return statuses().isEmpty() ? CURRENT_STATUSES : Collections.unmodifiableSet(EnumSet.copyOf(statuses()));
  }

  /** {@return (MEDICATION rules) the kinds of medicine that raise the finding} */
  List<MedicationKind> medications();

  /**
   * {@return the wait in days, for MEDICATION and PROCEDURE rules. MEDICATION: a course still
   * counts this many days after its last day, and the finding ends then (the wait after systemic
   * isotretinoin before the skin is needled); empty: it ends on the last day. PROCEDURE: a
   * procedure counts this many days after its day; empty: it counts whenever it was}
   */
  Optional<Sourced<Integer>> waitAfterDays();

  /**
   * {@return (MEDICATION rules) true when the rule concerns the area a local medicine was given in
   * (a steroid injected into a scar): it removes that area when it is requested, and says nothing
   * about other areas}
   */
  @Value.Default
  default boolean inArea() {
    return false;
  }

  /** {@return (ALLERGY rules) the allergies that raise the finding} */
  List<Allergy> allergies();

  /** {@return (AREA_FINDING rules) the findings that raise it} */
  List<AreaCondition> areaFindings();

  /** {@return (EXCLUDED_AREA rules) the areas the therapy never treats} */
  List<BodyArea> areas();

  /**
   * {@return (AREA_FINDING rules) the areas that make the rule apply when one of them is requested
   * (empty: always), e.g. an infection anywhere rules out facial work, where a cold sore sits
   * beside the injected skin}
   */
  List<BodyArea> whenTreating();

  /**
   * {@return (AREA_FINDING rules) true when the finding concerns the whole patient, wherever it is
   * (requested or not), instead of removing the one area; for a therapy that is "not carried out"
   * with an infection anywhere}
   */
  @Value.Default
  default boolean wholePatient() {
    return false;
  }

  /**
   * {@return (AREA_FINDING and PROCEDURE rules) true when the fact in a requested area raises one
   * finding for the whole plan and leaves the area in it (a precaution about the area, not a reason
   * to skip it)}
   */
  @Value.Default
  default boolean keepsArea() {
    return false;
  }

  /** {@return (PROCEDURE rules) the procedures the rule is about} */
  List<ProcedureKind> procedures();

  /**
   * {@return (LAB_VALUE rules) the threshold, in the test's unit, below which a value raises the
   * finding}
   */
  Optional<Sourced<BigDecimal>> below();

  /**
   * {@return (LAB_VALUE rules) the threshold, in the test's unit, at or above which a value raises
   * the finding}
   */
  Optional<Sourced<BigDecimal>> atLeast();

  /** {@return (AGE rules) the youngest age allowed, in whole years} */
  Optional<Integer> minAgeYears();

  /** {@return (AGE rules) the oldest age allowed, in whole years} */
  Optional<Integer> maxAgeYears();

  /** {@return (LAB_TESTS, LAB_RESULT and LAB_VALUE rules) the tests the rule is about} */
  List<LabTest> tests();

  /**
   * {@return (LAB_RESULT rules) the outcomes that raise the finding when the latest result of a
   * test has one}
   */
  List<LabOutcome> outcomes();

  /** {@return (LAB_TESTS rules) the most days a result may be old on the day of session 1} */
  Optional<Sourced<Integer>> maxResultAgeDays();

  /** {@return (LAB_TESTS rules) the days ordered results take to come back} */
  Optional<Sourced<Integer>> turnaroundDays();

  /**
   * {@return (MENSTRUATION rules) the days from a predicted period within which a session carries
   * "confirm on the day"}
   */
  Optional<Integer> confirmWithinDays();

  /**
   * {@return a further condition on the request; absent: the rule applies to every request of its
   * kind}
   */
  Optional<Match> when();

  /** {@return (REPRODUCTIVE rules) the states that raise the finding} */
  List<ReproductiveState> reproductive();

  /**
   * {@return (REPRODUCTIVE rules with POSTPARTUM) the days from the delivery the post-partum period
   * lasts}
   */
  Optional<Sourced<Integer>> postpartumDays();

  /**
   * {@return the days session 1 is held back from asOf when the rule fires (the
   * finding's {@code until}), e.g. time for a prescriber to decide before a harvest}
   */
  Optional<Sourced<Integer>> holdDays();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableScreeningRule.Builder builder() {
    return ImmutableScreeningRule.builder();
  }
}
