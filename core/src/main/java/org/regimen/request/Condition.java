package org.regimen.request;

/**
 * A condition of the patient. Recorded as a bare code it is present with its status not known,
 * which screening judges as {@link ConditionStatus#ACTIVE} (unknown is never the mildest); {@link
 * ConditionDetail} records its status and since when.
 *
 * @since 0.1.0
 */
public enum Condition {
  BLOOD_DISORDER,
  BLEEDING_DISORDER,
  CANCER,
  HEPATITIS,
  WEAK_IMMUNITY,
  IMMUNE_DISORDER,
  DIABETES,
  VARICOSE_VEINS,
  INFECTION,
  SKIN_CONDITION,
  CARDIOVASCULAR_DISEASE,
  LIVER_DYSFUNCTION,
  KIDNEY_DYSFUNCTION,
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
  PSORIASIS,
  VITILIGO,
  /** A low platelet count. */
  THROMBOCYTOPENIA,
  ANAEMIA,
  /** Fainted or nearly fainted at an earlier blood draw or injection (a vasovagal reaction). */
  FAINTING_AT_BLOOD_DRAW
}
