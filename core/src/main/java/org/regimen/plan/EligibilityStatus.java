package org.regimen.plan;

/** Overall eligibility. Declared from weakest to strongest: the plan takes the strongest of its findings. */
public enum EligibilityStatus {
  ELIGIBLE,
  ELIGIBLE_WITH_PRECAUTIONS,
  REQUIRES_CLEARANCE,
  DEFERRED,
  INELIGIBLE
}
