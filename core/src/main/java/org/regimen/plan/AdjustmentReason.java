package org.regimen.plan;

/** Why the scheduler moved a session away from its preferred day. */
public enum AdjustmentReason {
  CLOSED_WEEKDAY,
  CLOSED_DATE,
  PATIENT_UNAVAILABLE,
  MENSTRUATION,
  EVENT,
  PREPARATION_LEAD_TIME,
  DEFERRAL,
  SKIPPED_WEEK
}
