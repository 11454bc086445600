package org.regimen.request;

/** Stage of stretch marks: RUBRA is red or purple and recent, ALBA white and mature. */
public enum StriaeStage {
  RUBRA,
  ALBA
}
