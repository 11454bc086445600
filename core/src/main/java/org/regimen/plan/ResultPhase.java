package org.regimen.plan;

/**
 * A phase of the expected result.
 *
 * @since 0.1.0
 */
public enum ResultPhase {
  ONSET,
  OPTIMAL,
  LASTS_UNTIL
}
