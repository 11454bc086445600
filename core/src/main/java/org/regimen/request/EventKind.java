package org.regimen.request;

/**
 * What a calendar event asks of the patient, and so which instructions and risks it meets.
 *
 * @since 0.1.0
 */
public enum EventKind {
  /** The patient must look presentable (the default): no visible healing, make-up allowed. */
  PRESENTABLE,
  /** Sun on the skin (a beach holiday): no sun-avoidance aftercare, no fresh wound. */
  SUN_EXPOSURE,
  /** A flight: not with a fresh harvest wound. */
  FLIGHT,
  /** Sport: no "no sport" instruction. */
  SPORT,
  /** Drinking alcohol: no "no alcohol" instruction. */
  ALCOHOL
}
