package org.regimen.plan;

/**
 * Why the scheduler moved a session away from its preferred day.
 *
 * @since 0.1.0
 */
public enum AdjustmentReason {
  CLOSED_WEEKDAY,
  CLOSED_DATE,
  PATIENT_UNAVAILABLE,
  MENSTRUATION,
  EVENT,
  PREPARATION_LEAD_TIME,
  DEFERRAL,
  SKIPPED_WEEK,
  /** Kept clear of another treatment of a combined plan: its sessions or no-procedure windows. */
  OTHER_TREATMENT,
  /** Waits for another treatment's course to end, as a protocol's sequencing rule says. */
  SEQUENCING
}
