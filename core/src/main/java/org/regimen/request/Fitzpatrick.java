package org.regimen.request;

/**
 * Fitzpatrick skin phototype.
 *
 * @since 0.1.0
 */
public enum Fitzpatrick {
  I,
  II,
  III,
  IV,
  V,
  VI
}
