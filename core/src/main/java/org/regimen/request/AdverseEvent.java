package org.regimen.request;

/**
 * Something that went wrong after a past session, beyond the risks a plan lists as expected. Each
 * becomes a finding of the next plan (see {@code docs/contract.md}, "A course in progress").
 *
 * @since 0.1.0
 */
public enum AdverseEvent {
  /** Hives, swelling of the face or lips, breathing trouble: a clinician finds the cause. */
  ALLERGIC_REACTION,
  /** An infection at a treated or harvested site. */
  INFECTION,
  /** Bruising beyond the expected small bruises at the injection points. */
  SEVERE_BRUISING,
  /** Fainting or near-fainting at the visit (the blood draw, a fasting visit). */
  FAINTING,
  /** Anything else the practitioner recorded as an adverse event. */
  OTHER
}
