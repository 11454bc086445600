package org.regimen.plan;

/**
 * Where a risk shows.
 *
 * @since 0.1.0
 */
public enum RiskSite {
  INJECTION,
  HARVEST,
  SYSTEMIC
}
