package org.regimen.request;

/**
 * The patient's sex, as recorded by the clinic.
 *
 * @since 0.1.0
 */
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male: never asked about pregnancy, periods or reproduction. */
  MALE,
  /** Another sex; screened for pregnancy like every patient not recorded as male. */
  OTHER
}
