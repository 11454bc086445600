package org.regimen.plan;

/** Why a laboratory test must be ordered. */
public enum RequiredTestReason {
  MISSING,
  OUTDATED
}
