package org.regimen.request;

/**
 * An allergy of the patient.
 *
 * @since 0.1.0
 */
public enum Allergy {
  /**
   * An allergy to local anaesthetics (lidocaine and the like), used to numb the skin before
   * injections.
   */
  LOCAL_ANAESTHETIC,
  /** An allergy to skin antiseptics (chlorhexidine, povidone-iodine, alcohol...). */
  ANTISEPTIC,
  /** An allergy to latex (gloves, tubing). */
  LATEX,
  /** Any other allergy; plasma therapy counts any allergic reaction. */
  OTHER
}
