package org.regimen.plan;

/**
 * How strongly a screening finding holds back treatment, and the status it leads to.
 *
 * @since 0.1.0
 */
public enum FindingSeverity {
  /** The source rules the treatment out. */
  ABSOLUTE(EligibilityStatus.INELIGIBLE),
  /** Ruled out until something ends. */
  TEMPORARY(EligibilityStatus.DEFERRED),
  /** A practitioner or prescriber must clear it first. */
  RELATIVE(EligibilityStatus.REQUIRES_CLEARANCE),
  /** Treatable with care, or the result may be weaker. */
  PRECAUTION(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);

  private final EligibilityStatus status;

  FindingSeverity(EligibilityStatus status) {
    this.status = status;
  }

  /**
   * {@return the eligibility status a finding of this severity about the whole patient leads to}
   */
  public EligibilityStatus status() {
    return status;
  }
}
