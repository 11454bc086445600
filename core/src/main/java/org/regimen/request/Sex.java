package org.regimen.request;

/**
 * The patient's sex, as recorded by the clinic.
 *
 * @since 0.1.0
 */
public enum Sex {
  FEMALE,
  MALE,
  OTHER
}
