package org.regimen.plan;

/**
 * Overall eligibility. Declared from weakest to strongest: the plan takes the strongest of its findings.
 *
 * @since 0.1.0
 */
public enum EligibilityStatus {
  ELIGIBLE,
  ELIGIBLE_WITH_PRECAUTIONS,
  REQUIRES_CLEARANCE,
  DEFERRED,
  INELIGIBLE
}
