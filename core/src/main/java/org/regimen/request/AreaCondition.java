package org.regimen.request;

/**
 * A finding in one body area.
 *
 * @since 0.1.0
 */
public enum AreaCondition {
  ACTIVE_INFECTION,
  MAJOR_LESION,
  RECENT_SCAR,
  /** Skin burnt by the sun and not yet healed. */
  SUNBURN,
  /** A tan from the sun or a sunbed in the last weeks. */
  RECENT_TAN,
  /** Inflamed acne lesions (papules, pustules, nodules) in the area now. */
  ACTIVE_ACNE,
  ROSACEA,
  /** Herpes labialis: an active viral infection on the face, whatever area is treated. */
  COLD_SORE
}
