package org.regimen.request;

/**
 * Currency for costs.
 *
 * @since 0.1.0
 */
public enum Currency {
  /** Euro. */
  EUR,
  /** United States dollar. */
  USD
}
