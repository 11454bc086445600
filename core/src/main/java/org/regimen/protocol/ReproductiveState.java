package org.regimen.protocol;

/**
 * What {@code patient.reproductive} can record, as a REPRODUCTIVE rule names it and as the coverage
 * matrix lists it ({@code reproductive:POSTPARTUM}).
 *
 * @since 0.1.0
 */
public enum ReproductiveState {
  /** {@code tryingToConceive: true} (not judged for a patient recorded as male). */
  TRYING_TO_CONCEIVE,
  /** A delivery ({@code deliveredOn}) whose post-partum period, the rule's days, has not ended. */
  POSTPARTUM,
  /** The latest pregnancy test is positive and no delivery followed it. */
  PREGNANCY_TEST_POSITIVE,
  /** The latest pregnancy test is indeterminate and no delivery followed it. */
  PREGNANCY_TEST_INDETERMINATE,
  /** The latest pregnancy test is negative. */
  PREGNANCY_TEST_NEGATIVE
}
