package org.regimen.request;

/**
 * Stage of stretch marks: RUBRA is red or purple and recent, ALBA white and mature.
 *
 * @since 0.1.0
 */
public enum StriaeStage {
  /** Striae rubrae: red or purple, recent marks. */
  RUBRA,
  /** Striae albae: white, mature marks. */
  ALBA
}
