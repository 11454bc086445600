package org.regimen.request;

/**
 * The outcome of a laboratory test. Infection markers are NEGATIVE, POSITIVE or INDETERMINATE (a
 * result that neither confirms nor excludes the infection: not clean); blood panels NORMAL or
 * ABNORMAL. {@link LabTest#allows} says which go with which test.
 *
 * @since 0.1.0
 */
public enum LabOutcome {
  /** An infection marker found nothing. */
  NEGATIVE,
  /** An infection marker found the infection. */
  POSITIVE,
  /** A blood panel within its normal ranges. */
  NORMAL,
  /** A blood panel outside its normal ranges; a practitioner must clear it. */
  ABNORMAL,
  /** An infection marker that could not be read either way; the test is repeated. */
  INDETERMINATE
}
