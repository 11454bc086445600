package org.regimen.request;

/** Currency for costs. */
public enum Currency {
  EUR,
  USD
}
