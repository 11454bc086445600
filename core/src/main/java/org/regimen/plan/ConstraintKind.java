package org.regimen.plan;

/**
 * A constraint the scheduler could not meet.
 *
 * @since 0.1.0
 */
public enum ConstraintKind {
  CLOSED_WEEKDAY,
  CLOSED_DATE,
  PATIENT_UNAVAILABLE,
  MENSTRUATION,
  EVENT,
  INTERVAL,
  NO_OPEN_DAY,
  NO_AREA_LEFT,
  /** Another treatment of a combined plan leaves no day. */
  OTHER_TREATMENT,
  /** The protocols' sequencing rules contradict each other. */
  SEQUENCING
}
