package org.regimen.plan;

/**
 * How likely a risk is.
 *
 * @since 0.1.0
 */
public enum Likelihood {
  /** Common: affects many patients. */
  COMMON,
  /** Uncommon. */
  UNCOMMON,
  /** Rare. */
  RARE
}
