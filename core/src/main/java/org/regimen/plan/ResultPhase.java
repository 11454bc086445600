package org.regimen.plan;

/** A phase of the expected result. */
public enum ResultPhase {
  ONSET,
  OPTIMAL,
  LASTS_UNTIL
}
