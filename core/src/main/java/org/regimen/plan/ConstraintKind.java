package org.regimen.plan;

/**
 * A constraint the scheduler could not meet.
 *
 * @since 0.1.0
 */
public enum ConstraintKind {
  /** The clinic's weekly closed days left no allowed day. */
  CLOSED_WEEKDAY,
  /** The clinic's closed dates left no allowed day. */
  CLOSED_DATE,
  /** The patient's unavailable days left no allowed day. */
  PATIENT_UNAVAILABLE,
  /** Predicted period days left no allowed day. */
  MENSTRUATION,
  /** The patient's events left no allowed day. */
  EVENT,
  /** The course's interval between sessions could not be kept. */
  INTERVAL,
  /** No open day within the days searched: the course's intervals reach past its end. */
  NO_OPEN_DAY,
  /** Every requested area was left out, so there is nothing to plan. */
  NO_AREA_LEFT,
  /** Another treatment of a combined plan leaves no day. */
  OTHER_TREATMENT,
  /** The protocols' sequencing rules contradict each other. */
  SEQUENCING
}
