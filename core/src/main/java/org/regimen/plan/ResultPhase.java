package org.regimen.plan;

/**
 * A phase of the expected result.
 *
 * @since 0.1.0
 */
public enum ResultPhase {
  /** The first visible change. */
  ONSET,
  /** The full effect. */
  OPTIMAL,
  /**
   * When the effect is expected to fade and maintenance is due; only where the source says how long
   * results last.
   */
  LASTS_UNTIL
}
