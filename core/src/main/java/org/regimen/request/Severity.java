package org.regimen.request;

/** Severity of the indication, as assessed by the practitioner. */
public enum Severity {
  MILD,
  MODERATE,
  SEVERE
}
