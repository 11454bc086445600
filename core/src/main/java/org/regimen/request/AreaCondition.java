package org.regimen.request;

/**
 * A finding in one body area.
 *
 * @since 0.1.0
 */
public enum AreaCondition {
  /** An active skin infection in the area; the area is left out until it has healed. */
  ACTIVE_INFECTION,
  /** A major skin lesion in the area (an open wound, a large ulcer or growth). */
  MAJOR_LESION,
  /** A scar in the area that has not matured yet. */
  RECENT_SCAR,
  /** Skin burnt by the sun and not yet healed. */
  SUNBURN,
  /** A tan from the sun or a sunbed in the last weeks. */
  RECENT_TAN,
  /** Inflamed acne lesions (papules, pustules, nodules) in the area now. */
  ACTIVE_ACNE,
  /** Rosacea in the area; the area is left out until a practitioner clears it. */
  ROSACEA,
  /** Herpes labialis: an active viral infection on the face, whatever area is treated. */
  COLD_SORE
}
