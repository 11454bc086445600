package org.regimen.screening;

/**
 * A patient attribute a screening rule needs but the request does not know. Unknown is never "no":
 * each one becomes one finding with a stable code that says what to confirm before session 1, as
 * strong as the strongest rule that needs it allows ({@link UnknownGate}: a gate, {@code RELATIVE},
 * where that rule would rule the treatment out, defer it or need clearance; a {@code PRECAUTION}
 * only where the rule itself is one). The texts are fixed and never carry patient values.
 */
public enum UnconfirmedAttribute {
  PREGNANCY_STATUS(
      "UNCONFIRMED_PREGNANCY_STATUS",
      "Whether the patient is pregnant or breastfeeding is not recorded.",
      "Confirm before session 1 that the patient is neither pregnant nor breastfeeding."),
  CONDITIONS(
      "UNCONFIRMED_CONDITIONS",
      "The patient's medical conditions are not recorded.",
      "Take the medical history and confirm before session 1 that no contraindicated condition applies."),
  MEDICATIONS(
      "UNCONFIRMED_MEDICATIONS",
      "The medicines and supplements the patient takes are not recorded.",
      "Record every medicine and supplement before session 1 and check them against the contraindications."),
  ALLERGIES(
      "UNCONFIRMED_ALLERGIES",
      "The patient's allergies are not recorded.",
      "Ask about allergies, including to anaesthetics, antiseptics and latex, before session 1."),
  AREA_FINDINGS(
      "UNCONFIRMED_AREA_FINDINGS",
      "The skin of the treatment areas has not been inspected.",
      "Inspect each treatment area before session 1 for an active infection or a major lesion."),
  BIRTH_DATE(
      "UNCONFIRMED_AGE",
      "The patient's date of birth is not recorded.",
      "Confirm the patient's age before session 1."),
  MENSTRUAL_CYCLE(
      "UNCONFIRMED_MENSTRUAL_CYCLE",
      "Cycle data is not recorded, so period days cannot be predicted.",
      "Confirm on the day of each session that the patient is not menstruating."),
  INDICATION_ASSESSMENT(
      "UNCONFIRMED_ASSESSMENT",
      "The assessment of the indication is incomplete.",
      "Complete the practitioner's assessment before session 1."),
  SKIN(
      "UNCONFIRMED_SKIN",
      "The patient's skin type or phototype is not recorded.",
      "Assess the skin before session 1."),
  LIFESTYLE(
      "UNCONFIRMED_LIFESTYLE",
      "Lifestyle facts the protocol asks about are not recorded.",
      "Ask about smoking and solarium use before session 1."),
  /** {@code patient.procedures} absent: an empty list is "known: none" and asks nothing. */
  PROCEDURES(
      "UNCONFIRMED_PROCEDURES",
      "Recent procedures in the treatment areas are not recorded.",
      "Ask before session 1 about fillers, neurotoxins, lasers, radiofrequency, chemical peels,"
          + " microneedling, thread lifts, surgery or liposuction and tattoos in the treatment areas,"
          + " and record each with its area and day."),
  /**
   * {@code patient.reproductive} absent, or its {@code tryingToConceive} absent where a rule asks
   * about it (ReproductiveRule); never asked of a patient recorded as male.
   */
  REPRODUCTIVE(
      "UNCONFIRMED_REPRODUCTIVE",
      "Whether the patient is trying to conceive, or gave birth recently, is not recorded.",
      "Confirm before session 1 whether the patient is trying to conceive and whether and when the"
          + " patient last gave birth, and record it.");

  private final String code;
  private final String message;
  private final String action;

  UnconfirmedAttribute(String code, String message, String action) {
    this.code = code;
    this.message = message;
    this.action = action;
  }

  /** The stable finding code, e.g. {@code UNCONFIRMED_PREGNANCY_STATUS}. */
  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  public String action() {
    return action;
  }
}
