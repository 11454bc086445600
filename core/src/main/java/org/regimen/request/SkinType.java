package org.regimen.request;

/** Skin type. */
public enum SkinType {
  DRY,
  NORMAL,
  OILY,
  COMBINATION
}
