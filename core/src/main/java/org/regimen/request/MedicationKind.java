package org.regimen.request;

/**
 * A kind of medication or supplement the patient takes. A prescribed aspirin is an {@link
 * #ANTIPLATELET}; {@link #ASPIRIN} is the one a patient takes by choice (for pain, or "for the
 * heart" without a prescriber), which a dated preparation may pause.
 *
 * @since 0.1.0
 */
public enum MedicationKind {
  /** An antibiotic course. */
  ANTIBIOTIC,
  /** An anticoagulant (warfarin, a DOAC, heparin): a prescribed blood thinner. */
  ANTICOAGULANT,
  /** An antiplatelet medicine (clopidogrel, a prescribed aspirin). */
  ANTIPLATELET,
  /** A supplement that thins the blood (fish oil, ginkgo, vitamin E...). */
  BLOOD_THINNING_SUPPLEMENT,
  /** An immunosuppressant. */
  IMMUNOSUPPRESSANT,
  /** Oral isotretinoin or any other systemic retinoid (acitretin, alitretinoin). */
  ISOTRETINOIN,
  /** A non-steroidal anti-inflammatory painkiller (ibuprofen, naproxen, diclofenac...). */
  NSAID,
  /** Aspirin taken by the patient's own choice; a prescribed one is ANTIPLATELET. */
  ASPIRIN,
  /** A corticosteroid taken by mouth or injected into a muscle or vein (prednisolone...). */
  CORTICOSTEROID_SYSTEMIC,
  /** A corticosteroid injected into one area (a steroid injection into a scar or joint). */
  CORTICOSTEROID_LOCAL,
  /** Chemotherapy for cancer. */
  CHEMOTHERAPY,
  /** A medicine that makes the skin sensitive to light (doxycycline, some diuretics...). */
  PHOTOSENSITISING,
  /** A GLP-1 receptor agonist (semaglutide, liraglutide, tirzepatide), often for weight loss. */
  GLP1_AGONIST,
  /** An antiviral (aciclovir, valaciclovir...), often taken against cold sores. */
  ANTIVIRAL;

  /** {@return true for a medicine given into one area, whose record must name the area} */
  public boolean isLocal() {
    return this == CORTICOSTEROID_LOCAL;
  }
}
