package org.regimen.request;

/**
 * Severity of the indication, as assessed by the practitioner.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Mild. */
  MILD,
  /** Moderate. */
  MODERATE,
  /** Severe. */
  SEVERE
}
