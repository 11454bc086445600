package org.regimen.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The limits a clinic's variant of this protocol must stay within (docs/variants.md): per course
 * the shortest interval, the most sessions per course and per year, the shortest fasting time; per
 * laboratory rule the longest a result stays valid; and the rules a variant may only strengthen.
 * Each limit carries its source, which a variant that leaves it is told.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface SafetyBounds {
  /** {@return the limits of each course} */
  List<CourseBounds> courses();

  /** {@return how long the results of each LAB_TESTS rule may stay valid, at most} */
  List<LabTestBound> labTests();

  /**
   * {@return the rule families a variant may strengthen but never weaken or remove (all of them)}
   */
  Sourced<List<StrengthenOnly>> strengthenOnly();

  /**
   * {@return the limits of the course {@code courseId}; empty when none are declared}
   *
   * @param courseId a course's id
   */
  default Optional<CourseBounds> course(String courseId) {
    Objects.requireNonNull(courseId, "courseId");
    return courses().stream().filter(c -> c.course().equals(courseId)).findFirst();
  }

  /**
   * {@return the limit of the LAB_TESTS rule {@code ruleCode}; empty when none is declared}
   *
   * @param ruleCode the rule's code
   */
  default Optional<LabTestBound> labTest(String ruleCode) {
    Objects.requireNonNull(ruleCode, "ruleCode");
    return labTests().stream().filter(l -> l.rule().equals(ruleCode)).findFirst();
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSafetyBounds.Builder builder() {
    return ImmutableSafetyBounds.builder();
  }

  /** Rule families that only move towards safety. */
  enum StrengthenOnly {
    /** Every contraindication and precaution of the protocol's own screening. */
    SCREENING_RULES,
    /** The core's baseline rules, as the protocol overrides them. */
    BASELINE_RULES,
    /** Medication rules and the preparation that pauses a medicine or supplement. */
    MEDICATION_SAFETY
  }

  /** The limits of one course. */
  @Value.Immutable
  @RegimenStyle
  interface CourseBounds {
    /** {@return the id of the course the limits are for} */
    String course();

    /** {@return the fewest days allowed between two sessions} */
    Sourced<Integer> minIntervalDays();

    /** {@return the most sessions allowed in one course} */
    Sourced<Integer> maxSessionsPerCourse();

    /** {@return the most sessions allowed in any 365 days} */
    Sourced<Integer> maxSessionsPerYear();

    /**
     * {@return the fewest hours of fasting allowed before a session; only for a course that asks
     * for fasting}
     */
    Optional<Sourced<Integer>> minFastingHours();

    /**
     * {@return a new, empty builder; {@code build()} checks the value and names any required
     * attribute left unset}
     */
    static ImmutableCourseBounds.Builder builder() {
      return ImmutableCourseBounds.builder();
    }
  }

  /** The longest a result of a LAB_TESTS rule's tests stays valid. */
  @Value.Immutable
  @RegimenStyle
  interface LabTestBound {
    /** {@return the LAB_TESTS rule's code} */
    String rule();

    /** {@return the most days a result may be old on the day of session 1} */
    Sourced<Integer> maxResultAgeDays();

    /**
     * {@return a new, empty builder; {@code build()} checks the value and names any required
     * attribute left unset}
     */
    static ImmutableLabTestBound.Builder builder() {
      return ImmutableLabTestBound.builder();
    }
  }
}
