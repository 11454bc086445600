package org.regimen.request;

/**
 * A body area a treatment can be given to.
 *
 * @since 0.1.0
 */
public enum BodyArea {
  FACE,
  NECK,
  DECOLLETE,
  BREASTS,
  ABDOMEN,
  FLANKS,
  BACK,
  ARMS,
  BUTTOCKS,
  HIPS,
  THIGHS,
  KNEES,
  CALVES
}
