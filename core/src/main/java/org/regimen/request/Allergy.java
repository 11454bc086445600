package org.regimen.request;

/** An allergy of the patient. */
public enum Allergy {
  LOCAL_ANAESTHETIC,
  ANTISEPTIC,
  LATEX,
  OTHER
}
