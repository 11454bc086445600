package org.regimen.plan;

/**
 * Why the scheduler moved a session away from its preferred day.
 *
 * @since 0.1.0
 */
public enum AdjustmentReason {
  /** The preferred day is a weekday the clinic is closed. */
  CLOSED_WEEKDAY,
  /** The preferred day is one of the clinic's closed dates. */
  CLOSED_DATE,
  /** The patient is unavailable on the preferred day. */
  PATIENT_UNAVAILABLE,
  /** The preferred day falls in a predicted period, which the protocol avoids. */
  MENSTRUATION,
  /** The session's downtime or an instruction would meet one of the patient's events. */
  EVENT,
  /** A preparation instruction needs more days before the session than the preferred day leaves. */
  PREPARATION_LEAD_TIME,
  /** A finding defers the course: session 1 waits until the reason has ended. */
  DEFERRAL,
  /** A weekly course lost one or more weeks to a moved session. */
  SKIPPED_WEEK,
  /** Kept clear of another treatment of a combined plan: its sessions or no-procedure windows. */
  OTHER_TREATMENT,
  /** Waits for another treatment's course to end, as a protocol's sequencing rule says. */
  SEQUENCING
}
