package org.regimen.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.EvaluatedSession;
import org.regimen.plan.TreatmentPlan;

/**
 * The history of a combined plan: each past session as judged by the plan of its own treatment
 * (the other courses only see it as "another treatment"); a session of a treatment outside the
 * combination once, as not in the course. In date order.
 */
final class MergedHistory {
  private MergedHistory() {}

  static List<EvaluatedSession> of(List<TreatmentPlan> plans) {
    Set<String> combined = new HashSet<>();
    for (TreatmentPlan plan : plans) {
      combined.add(plan.treatment().orElseThrow().id());
    }
    List<EvaluatedSession> merged = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      TreatmentPlan plan = plans.get(i);
      String own = plan.treatment().orElseThrow().id();
      for (EvaluatedSession entry : plan.history()) {
        boolean judgedByOwnPlan = entry.treatment().equals(own);
        boolean outsideOnce = i == 0 && !combined.contains(entry.treatment());
        if (judgedByOwnPlan || outsideOnce) {
          merged.add(entry);
        }
      }
    }
    merged.sort(Comparator.comparing(EvaluatedSession::date)); // stable: one day keeps plan order
    return merged;
  }

  /** How many past sessions of {@code plan}'s own course counted. */
  static int counted(TreatmentPlan plan) {
    String own = plan.treatment().orElseThrow().id();
    int counted = 0;
    for (EvaluatedSession entry : plan.history()) {
      if (entry.counted() && entry.treatment().equals(own)) {
        counted++;
      }
    }
    return counted;
  }

  /**
   * A course with no sessions left because its past sessions completed it (not because something
   * stopped it): it counts as planned in a combination.
   */
  static boolean complete(TreatmentPlan plan) {
    EligibilityStatus status = plan.eligibility().status();
    return plan.sessions().isEmpty()
        && counted(plan) > 0
        && plan.conflicts().isEmpty()
        && status != EligibilityStatus.INELIGIBLE
        && status != EligibilityStatus.DEFERRED;
  }
}
