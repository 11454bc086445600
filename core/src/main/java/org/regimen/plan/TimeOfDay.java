package org.regimen.plan;

/**
 * When in the day a session should be booked.
 *
 * @since 0.1.0
 */
public enum TimeOfDay {
  ANY,
  MORNING
}
