package org.regimen.request;

/**
 * Skin type.
 *
 * @since 0.1.0
 */
public enum SkinType {
  DRY,
  NORMAL,
  OILY,
  COMBINATION
}
