package org.regimen.request;

/**
 * What the patient wants treated.
 *
 * @since 0.1.0
 */
public enum Indication {
  STRETCH_MARKS,
  SKIN_LAXITY,
  FINE_LINES_AND_WRINKLES,
  ACNE,
  ACNE_SCARS,
  SCARS,
  HYPERPIGMENTATION,
  DARK_CIRCLES,
  DRY_SKIN,
  CELLULITE
}
