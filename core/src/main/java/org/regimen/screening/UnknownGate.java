package org.regimen.screening;

import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.ScreeningRule;

/**
 * How strong the finding for an unknown input is (design.md, "Unknown is never 'no'"): where the
 * rule that needs it would rule the treatment out, defer it or need clearance, the unknown is a gate
 * ({@code RELATIVE}: the plan needs clearance and its sessions are tentative until it is confirmed).
 * Only a rule whose own effect on the plan is a precaution leaves a precaution.
 */
final class UnknownGate {
  private UnknownGate() {}

  static FindingSeverity severity(ScreeningRule rule) {
    return effectOnThePlan(rule) == FindingSeverity.PRECAUTION
        ? FindingSeverity.PRECAUTION
        : FindingSeverity.RELATIVE;
  }

  /**
   * The severity the rule's finding counts with for the status. Two kinds never count with their
   * own severity for the whole plan: an area-scoped AREA_FINDING (or a MEDICATION rule about a
   * local medicine's area, or a PROCEDURE rule without a wait, such as a tattoo's) removes its area
   * (a precaution for the status, EligibilityDecision), and MENSTRUATION only keeps sessions off predicted period
   * days, which without cycle data the clinic confirms on the day of each session.
   */
  private static FindingSeverity effectOnThePlan(ScreeningRule rule) {
    if (rule.kind() == RuleKind.MENSTRUATION
        || (rule.kind() == RuleKind.AREA_FINDING && !rule.wholePatient() && !rule.keepsArea())
        || (rule.kind() == RuleKind.MEDICATION && rule.inArea())
        || (rule.kind() == RuleKind.PROCEDURE
            && !rule.wholePatient()
            && !rule.keepsArea()
            && rule.waitAfterDays().isEmpty())) {
      return FindingSeverity.PRECAUTION;
    }
    return rule.severity();
  }
}
