package org.regimen.plan;

/**
 * Why a laboratory test must be ordered.
 *
 * @since 0.1.0
 */
public enum RequiredTestReason {
  MISSING,
  OUTDATED,
  /** The latest result of an infection marker was indeterminate: it is repeated or confirmed. */
  INDETERMINATE
}
