package org.regimen.request;

/**
 * What the patient wants treated.
 *
 * @since 0.1.0
 */
public enum Indication {
  /** Stretch marks (striae); {@link TreatmentRequest#striae()} says their stage and severity. */
  STRETCH_MARKS,
  /** Loose, sagging skin; {@link TreatmentRequest#laxity()} says how severe. */
  SKIN_LAXITY,
  /** Fine lines and wrinkles. */
  FINE_LINES_AND_WRINKLES,
  /** Active acne. */
  ACNE,
  /** Scars left by acne. */
  ACNE_SCARS,
  /** Scars other than acne scars. */
  SCARS,
  /** Hyperpigmentation: dark spots and uneven tone. */
  HYPERPIGMENTATION,
  /** Dark circles under the eyes. */
  DARK_CIRCLES,
  /** Dry, dehydrated skin. */
  DRY_SKIN,
  /** Cellulite. */
  CELLULITE
}
