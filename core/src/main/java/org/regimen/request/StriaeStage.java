package org.regimen.request;

/**
 * Stage of stretch marks: RUBRA is red or purple and recent, ALBA white and mature.
 *
 * @since 0.1.0
 */
public enum StriaeStage {
  RUBRA,
  ALBA
}
