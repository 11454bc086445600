package org.regimen.request;

/**
 * Pregnancy status; {@code UNKNOWN} is the same as not recorded.
 *
 * @since 0.1.0
 */
public enum PregnancyStatus {
  NONE,
  PREGNANT,
  BREASTFEEDING,
  UNKNOWN
}
