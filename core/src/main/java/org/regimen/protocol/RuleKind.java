package org.regimen.protocol;

/**
 * The kinds of screening rule the core engine knows. A protocol (or the baseline) switches a rule
 * on by listing it with its code, severity and parameters.
 *
 * @since 0.1.0
 */
public enum RuleKind {
  /** The patient is pregnant or breastfeeding ({@code pregnancy} lists which statuses). */
  PREGNANCY,
  /** The patient has one of {@code conditions}. */
  CONDITION,
  /** The patient takes one of {@code medications}; a course with an end date ends the finding. */
  MEDICATION,
  /** The patient has one of {@code allergies}. */
  ALLERGY,
  /**
   * One of {@code areaFindings} in a requested area: removes that area ({@code wholePatient}: anywhere,
   * for the whole patient; {@code whenTreating}: only when one of those areas is requested; {@code
   * keepsArea}: in a requested area, a finding for the whole plan that leaves the area in it).
   */
  AREA_FINDING,
  /** A requested area in {@code areas} is never treated by this therapy. */
  EXCLUDED_AREA,
  /** The patient's age is outside {@code minAgeYears} to {@code maxAgeYears}. */
  AGE,
  /** Sessions avoid predicted period days; without cycle data, a precaution. */
  MENSTRUATION,
  /** Laboratory tests in {@code tests} are required, recent and clear before session 1. */
  LAB_TESTS,
  /**
   * The latest result on file of one of {@code tests} has one of {@code outcomes}, whether or not the
   * protocol requires the test.
   */
  LAB_RESULT,
  /** The request matches {@code when} (e.g. old, severe marks). */
  ASSESSMENT,
  /**
   * One of {@code reproductive} holds: trying to conceive, inside the post-partum period ({@code
   * postpartumDays} from the delivery), a positive or indeterminate pregnancy test.
   */
  REPRODUCTIVE,
  /**
   * One of {@code procedures} was done in a requested area within {@code waitAfterDays} before asOf:
   * session 1 waits until the wait is over (the finding's {@code until}). Without {@code
   * waitAfterDays} it counts whenever it was, and removes the area. {@code wholePatient} and {@code
   * keepsArea} as for AREA_FINDING.
   */
  PROCEDURE,
  /**
   * The latest value on file of a measured test in {@code tests} is below {@code below}, or at least
   * {@code atLeast} (one of the two), in the test's own unit.
   */
  LAB_VALUE
}
