package org.regimen.plan;

/** Where a risk shows. */
public enum RiskSite {
  INJECTION,
  HARVEST,
  SYSTEMIC
}
