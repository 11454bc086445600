package org.regimen.request;

/**
 * The outcome of a laboratory test. Infection markers are NEGATIVE, POSITIVE or INDETERMINATE (a
 * result that neither confirms nor excludes the infection: not clean); blood panels NORMAL or
 * ABNORMAL. {@link LabTest#allows} says which go with which test.
 *
 * @since 0.1.0
 */
public enum LabOutcome {
  NEGATIVE,
  POSITIVE,
  NORMAL,
  ABNORMAL,
  INDETERMINATE
}
