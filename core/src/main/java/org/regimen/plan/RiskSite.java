package org.regimen.plan;

/**
 * Where a risk shows.
 *
 * @since 0.1.0
 */
public enum RiskSite {
  /** Where the injections go in. */
  INJECTION,
  /** Where tissue is harvested (stem cells' fat harvest). */
  HARVEST,
  /** The whole body. */
  SYSTEMIC
}
