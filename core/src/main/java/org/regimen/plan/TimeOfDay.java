package org.regimen.plan;

/**
 * When in the day a session should be booked.
 *
 * @since 0.1.0
 */
public enum TimeOfDay {
  /** Any time the clinic is open. */
  ANY,
  /** In the morning, e.g. for a fasting blood draw. */
  MORNING
}
