package org.regimen.request;

/** Fitzpatrick skin phototype. */
public enum Fitzpatrick {
  I,
  II,
  III,
  IV,
  V,
  VI
}
