package org.regimen.request;

/**
 * A body area a treatment can be given to.
 *
 * @since 0.1.0
 */
public enum BodyArea {
  /** The face. */
  FACE,
  /** The front and sides of the neck. */
  NECK,
  /** The décolleté: the upper chest below the neck. */
  DECOLLETE,
  /** The breasts. */
  BREASTS,
  /** The abdomen (belly). */
  ABDOMEN,
  /** The flanks (love handles). */
  FLANKS,
  /** The back. */
  BACK,
  /** The upper arms. */
  ARMS,
  /** The buttocks. */
  BUTTOCKS,
  /** The hips. */
  HIPS,
  /** The thighs. */
  THIGHS,
  /** The knees. */
  KNEES,
  /** The calves. */
  CALVES
}
