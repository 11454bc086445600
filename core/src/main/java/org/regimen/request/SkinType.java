package org.regimen.request;

/**
 * Skin type.
 *
 * @since 0.1.0
 */
public enum SkinType {
  /** Dry skin. */
  DRY,
  /** Normal skin. */
  NORMAL,
  /** Oily skin. */
  OILY,
  /** Combination skin: oily in places, dry or normal elsewhere. */
  COMBINATION
}
