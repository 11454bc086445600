package org.regimen.request;

/**
 * An allergy of the patient.
 *
 * @since 0.1.0
 */
public enum Allergy {
  LOCAL_ANAESTHETIC,
  ANTISEPTIC,
  LATEX,
  OTHER
}
