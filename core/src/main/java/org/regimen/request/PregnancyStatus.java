package org.regimen.request;

/**
 * Pregnancy status; {@code UNKNOWN} is the same as not recorded.
 *
 * @since 0.1.0
 */
public enum PregnancyStatus {
  /** Neither pregnant nor breastfeeding. */
  NONE,
  /** Pregnant. */
  PREGNANT,
  /** Breastfeeding. */
  BREASTFEEDING,
  /** Asked, but the patient does not know (treated like not recorded: confirm before session 1). */
  UNKNOWN
}
