package org.regimen.plan;

/**
 * Overall eligibility. Declared from weakest to strongest: the plan takes the strongest of its
 * findings.
 *
 * @since 0.1.0
 */
public enum EligibilityStatus {
  /** Nothing stands in the way. */
  ELIGIBLE,
  /** Eligible; the findings list precautions to take. */
  ELIGIBLE_WITH_PRECAUTIONS,
  /**
   * A practitioner or prescriber must clear a relative contraindication first; sessions are
   * tentative.
   */
  REQUIRES_CLEARANCE,
  /**
   * A temporary reason defers the course; {@link Eligibility#earliestStart()} says when, if known.
   * Sessions are tentative and must not be booked.
   */
  DEFERRED,
  /** An absolute reason rules the treatment out for the whole patient; the plan has no sessions. */
  INELIGIBLE
}
