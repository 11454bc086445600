package org.regimen.request;

/**
 * A condition of the patient. Recorded as a bare code it is present with its status not known,
 * which screening judges as {@link ConditionStatus#ACTIVE} (unknown is never the mildest); {@link
 * ConditionDetail} records its status and since when.
 *
 * @since 0.1.0
 */
public enum Condition {
  /** A blood disorder (a disease of the blood cells or plasma). */
  BLOOD_DISORDER,
  /** A bleeding or clotting disorder (haemophilia, von Willebrand disease...). */
  BLEEDING_DISORDER,
  /** Cancer, present or in remission; a resolved one is history ({@code CANCER_HISTORY} rules). */
  CANCER,
  /** Hepatitis (any viral hepatitis). */
  HEPATITIS,
  /** Weakened immunity (from a disease or a treatment). */
  WEAK_IMMUNITY,
  /** A disorder of the immune system. */
  IMMUNE_DISORDER,
  /** Diabetes (type 1 or 2). */
  DIABETES,
  /** Varicose veins. */
  VARICOSE_VEINS,
  /** A current infection, anywhere in the body (not one area's skin: that is an area finding). */
  INFECTION,
  /** A skin disease not named elsewhere. */
  SKIN_CONDITION,
  /** A disease of the heart or blood vessels. */
  CARDIOVASCULAR_DISEASE,
  /** Liver dysfunction. */
  LIVER_DYSFUNCTION,
  /** Kidney dysfunction. */
  KIDNEY_DYSFUNCTION,
  /** Health not stable: an acute illness or a disease not under control. */
  UNSTABLE_HEALTH,
  /** Keloids or raised scars after earlier wounds. */
  KELOID_TENDENCY,
  /** Recurrent herpes simplex (cold sores); an outbreak now is an area finding. */
  HERPES_SIMPLEX_RECURRENT,
  /** An autoimmune disease not named below. */
  AUTOIMMUNE_DISEASE,
  /** Lupus erythematosus (systemic or cutaneous). */
  LUPUS,
  /** Scleroderma (systemic sclerosis or morphea). */
  SCLERODERMA,
  /**
   * Psoriasis; injections may trigger new plaques where the skin is pierced (the Koebner effect).
   */
  PSORIASIS,
  /**
   * Vitiligo; injections may trigger new patches where the skin is pierced (the Koebner effect).
   */
  VITILIGO,
  /** A low platelet count. */
  THROMBOCYTOPENIA,
  /** Anaemia: too little haemoglobin in the blood. */
  ANAEMIA,
  /** Fainted or nearly fainted at an earlier blood draw or injection (a vasovagal reaction). */
  FAINTING_AT_BLOOD_DRAW
}
