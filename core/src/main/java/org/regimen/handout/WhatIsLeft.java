package org.regimen.handout;

import java.util.List;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.PastSessionStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/**
 * The handout's short section for a course in progress: how many sessions counted so far, how
 * many remain and until when, or that the course is complete. No codes, no statuses.
 */
final class WhatIsLeft {
  private WhatIsLeft() {}

  /** The section in Markdown; empty when the plan has no history of its own course. */
  static String section(TreatmentPlan plan) {
    int counted = 0;
    int notCounted = 0;
    for (EvaluatedSession entry : plan.history()) {
      if (entry.counted()) {
        counted++;
      } else if (entry.status() == PastSessionStatus.TOO_SOON) {
        notCounted++;
      }
    }
    if (counted == 0 && notCounted == 0) {
      return "";
    }
    StringBuilder text = new StringBuilder("## What is left\n\n");
    text.append("- Sessions you have had that count towards this course: ").append(counted).append(".\n");
    if (notCounted > 0) {
      text.append("- ").append(notCounted == 1 ? "One session" : notCounted + " sessions")
          .append(" came too soon after the one before and ")
          .append(notCounted == 1 ? "does" : "do").append(" not count: sessions need a minimum gap to work.\n");
    }
    if (complete(plan)) {
      text.append("- Your course is complete: no session remains.");
      plan.maintenance().flatMap(m -> m.days()).ifPresent(days ->
          text.append(" Your next review is due ").append(PlainWords.range(days)).append('.'));
      text.append('\n');
    } else if (!plan.sessions().isEmpty()) {
      List<Session> sessions = plan.sessions();
      text.append("- Sessions still to come: ").append(sessions.size()).append(", from ")
          .append(PlainWords.day(sessions.get(0).date())).append(" to ")
          .append(PlainWords.day(sessions.get(sessions.size() - 1).date())).append(".\n");
    }
    return text.append('\n').toString();
  }

  /** Nothing left to plan because the sessions given completed the course. */
  static boolean complete(TreatmentPlan plan) {
    EligibilityStatus status = plan.eligibility().status();
    return plan.sessions().isEmpty()
        && plan.conflicts().isEmpty()
        && status != EligibilityStatus.INELIGIBLE
        && status != EligibilityStatus.DEFERRED
        && plan.history().stream().anyMatch(EvaluatedSession::counted);
  }
}
