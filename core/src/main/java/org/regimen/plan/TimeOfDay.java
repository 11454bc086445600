package org.regimen.plan;

/** When in the day a session should be booked. */
public enum TimeOfDay {
  ANY,
  MORNING
}
