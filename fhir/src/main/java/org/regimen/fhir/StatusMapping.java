package org.regimen.fhir;

import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.DetectedIssue.DetectedIssueSeverity;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;

/**
 * How Regimen's eligibility and finding severities read in FHIR. The table is in the module's
 * README ("Status mapping"); the reasons are here.
 *
 * <ul>
 *   <li>A plan the patient may start ({@code ELIGIBLE}, {@code ELIGIBLE_WITH_PRECAUTIONS}) is an
 *       {@code active} CarePlan with intent {@code plan}: its sessions can be booked.
 *   <li>One that needs something first is a {@code proposal}: {@code REQUIRES_CLEARANCE} is a
 *       {@code draft} (waiting for a practitioner's or prescriber's clearance), {@code DEFERRED} is
 *       {@code on-hold} (until the finding's last day has passed).
 *   <li>{@code INELIGIBLE} is {@code revoked}: nothing of it may be carried out; the DetectedIssues
 *       say why.
 * </ul>
 *
 * The plan's exact status is also the CarePlan's {@code category} in Regimen's eligibility code
 * system, so that the mapping can be read back without loss.
 */
final class StatusMapping {
  private StatusMapping() {}

  static CarePlanStatus carePlanStatus(EligibilityStatus status) {
    return switch (status) {
      case ELIGIBLE, ELIGIBLE_WITH_PRECAUTIONS -> CarePlanStatus.ACTIVE;
      case REQUIRES_CLEARANCE -> CarePlanStatus.DRAFT;
      case DEFERRED -> CarePlanStatus.ONHOLD;
      case INELIGIBLE -> CarePlanStatus.REVOKED;
    };
  }

  static CarePlanIntent carePlanIntent(EligibilityStatus status) {
    return bookable(status) ? CarePlanIntent.PLAN : CarePlanIntent.PROPOSAL;
  }

  static ServiceRequestIntent serviceRequestIntent(EligibilityStatus status) {
    return bookable(status) ? ServiceRequestIntent.PLAN : ServiceRequestIntent.PROPOSAL;
  }

  /** A tentative session is a draft request; the others are active. */
  static ServiceRequestStatus serviceRequestStatus(boolean tentative) {
    return tentative ? ServiceRequestStatus.DRAFT : ServiceRequestStatus.ACTIVE;
  }

  /**
   * FHIR's severities describe the harm if the issue is ignored: treating despite an absolute or a
   * temporary contraindication (pregnancy, an active infection) risks lasting harm ({@code high});
   * one that needs clearance is {@code moderate}; a precaution (care, or a weaker result) is
   * {@code low}.
   */
  static DetectedIssueSeverity issueSeverity(FindingSeverity severity) {
    return switch (severity) {
      case ABSOLUTE, TEMPORARY -> DetectedIssueSeverity.HIGH;
      case RELATIVE -> DetectedIssueSeverity.MODERATE;
      case PRECAUTION -> DetectedIssueSeverity.LOW;
    };
  }

  private static boolean bookable(EligibilityStatus status) {
    return status == EligibilityStatus.ELIGIBLE || status == EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS;
  }
}
