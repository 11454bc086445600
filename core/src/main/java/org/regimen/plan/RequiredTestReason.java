package org.regimen.plan;

/** Why a laboratory test must be ordered. */
public enum RequiredTestReason {
  MISSING,
  OUTDATED,
  /** The latest result of an infection marker was indeterminate: it is repeated or confirmed. */
  INDETERMINATE
}
