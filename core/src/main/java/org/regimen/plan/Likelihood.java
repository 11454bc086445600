package org.regimen.plan;

/** How likely a risk is. */
public enum Likelihood {
  COMMON,
  UNCOMMON,
  RARE
}
