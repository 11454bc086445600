package org.regimen.request;

/** The outcome of a laboratory test: infectious tests are NEGATIVE or POSITIVE, blood panels NORMAL or ABNORMAL. */
public enum LabOutcome {
  NEGATIVE,
  POSITIVE,
  NORMAL,
  ABNORMAL
}
