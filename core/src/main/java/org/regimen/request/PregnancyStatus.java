package org.regimen.request;

/** Pregnancy status; {@code UNKNOWN} is the same as not recorded. */
public enum PregnancyStatus {
  NONE,
  PREGNANT,
  BREASTFEEDING,
  UNKNOWN
}
