package org.regimen.planning;

import java.util.ArrayList;
import java.util.List;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.Session;
import org.regimen.plan.SessionVisit;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Basis;
import org.regimen.protocol.StepSpec;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/**
 * A precaution where two courses of a combined plan each inject a product of the patient's own
 * blood (a {@code BLOOD_DRAW} step: PRP, plasma therapy) into the same area. It is whole-patient
 * (an area-scoped finding would remove the area) and raised on the later course.
 */
final class BloodProductRepeat {
  static final String CODE = "REPEATED_AUTOLOGOUS_BLOOD_PRODUCT";
  static final String BLOOD_DRAW = "BLOOD_DRAW";

  private BloodProductRepeat() {}

  static List<TreatmentPlan> add(
      List<TreatmentPlan> plans, List<CombinationPlanner.Part> parts, TreatmentRequest request) {
    List<TreatmentPlan> result = new ArrayList<>(plans);
    for (int i = 1; i < parts.size(); i++) {
      if (!drawsBlood(parts.get(i))) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (drawsBlood(parts.get(j)) && shareAnArea(plans.get(i), plans.get(j))) {
          result.set(i, withPrecaution(result.get(i), parts.get(j).module().descriptor().name()));
          break;
        }
      }
    }
    return result;
  }

  private static boolean drawsBlood(CombinationPlanner.Part part) {
    for (StepSpec step : part.course().steps()) {
      if (step.code().equals(BLOOD_DRAW)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shareAnArea(TreatmentPlan a, TreatmentPlan b) {
    List<BodyArea> first = areas(a);
    for (BodyArea area : areas(b)) {
      if (first.contains(area)) {
        return true;
      }
    }
    return false;
  }

  private static List<BodyArea> areas(TreatmentPlan plan) {
    List<BodyArea> areas = new ArrayList<>();
    for (Session session : plan.sessions()) {
      areas.addAll(session.areas());
      for (SessionVisit visit : session.furtherVisits()) {
        areas.addAll(visit.areas());
      }
    }
    return areas;
  }

  private static TreatmentPlan withPrecaution(TreatmentPlan plan, String otherName) {
    Finding finding =
        Finding.builder()
            .code(CODE)
            .severity(FindingSeverity.PRECAUTION)
            .message("Two courses of this plan inject a product of the patient's own blood ("
                + otherName + " and this treatment) into the same area: more blood draws and more"
                + " injections there, with no source on the benefit of both together.")
            .action("Review the combined number of blood draws and injections into the shared areas"
                + " with the patient before session 1, and keep each course's own interval.")
            .patientMessage("Two of your treatments both use a product made from your own blood in the"
                + " same area. Your practitioner will go through how many blood draws and injections"
                + " that means before you start.")
            .source(Basis.REGIMEN_DEFAULT)
            .sourceWords("Regimen default: neither PRP source (000, 003) nor plasma therapy's (004)"
                + " plans its injections together with another blood product in the same area; the"
                + " repeated draws and injections are for the practitioner to weigh.")
            .build();
    Eligibility e = plan.eligibility();
    EligibilityStatus status =
        e.status().compareTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS) < 0
            ? EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS
            : e.status();
    return ImmutableTreatmentPlan.copyOf(plan)
        .withEligibility(
            org.regimen.plan.ImmutableEligibility.copyOf(e).withStatus(status).withFindings(concat(e.findings(), finding)));
  }

  private static List<Finding> concat(List<Finding> findings, Finding finding) {
    List<Finding> all = new ArrayList<>(findings);
    all.add(finding);
    return all;
  }
}
