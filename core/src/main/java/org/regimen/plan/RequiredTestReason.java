package org.regimen.plan;

/**
 * Why a laboratory test must be ordered.
 *
 * @since 0.1.0
 */
public enum RequiredTestReason {
  /** No result of the test is on file. */
  MISSING,
  /** The latest result will be too old on the day of session 1. */
  OUTDATED,
  /** The latest result of an infection marker was indeterminate: it is repeated or confirmed. */
  INDETERMINATE
}
