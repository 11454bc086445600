package org.regimen.request;

/** A kind of medication or supplement the patient takes. */
public enum MedicationKind {
  ANTIBIOTIC,
  ANTICOAGULANT,
  ANTIPLATELET,
  BLOOD_THINNING_SUPPLEMENT,
  IMMUNOSUPPRESSANT
}
