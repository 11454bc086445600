package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Course;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * Plans several therapies for one patient as one plan (a request with {@code treatments}).
 *
 * <ol>
 *   <li>Order: a therapy whose protocol's {@code sequencing} names another comes after it; otherwise
 *       the request's order ({@link CombinationOrder}).
 *   <li>Each therapy is screened and planned with its own protocol, intervals and calendar; none
 *       starts before the latest earliest start of all (one patient, one eligibility).
 *   <li>A therapy planned later keeps off the days earlier ones hold ({@link OtherTreatmentDays}),
 *       and one that follows another starts the day after that course's last session at the
 *       earliest.
 *   <li>{@link PlanMerger} merges the plans: sessions in date order, each naming its treatment.
 * </ol>
 */
final class CombinationPlanner {
  static final String STRICTER_INSTRUCTION =
      "Combined plan: where the before and after instructions of the treatments fall on the same"
          + " days and differ, follow the stricter one.";

  record Part(TreatmentModule module, Course course) {}

  private final CoursePlanner coursePlanner;

  CombinationPlanner(CoursePlanner coursePlanner) {
    this.coursePlanner = coursePlanner;
  }

  TreatmentPlan plan(List<Part> requested, TreatmentRequest request) {
    List<Conflict> conflicts = new ArrayList<>();
    List<Part> order = order(requested, conflicts);

    // One patient: no course starts before every therapy's screening allows.
    Optional<LocalDate> commonStart = Optional.empty();
    for (Part part : order) {
      Optional<LocalDate> start =
          coursePlanner.plan(part.module(), part.course(), request).eligibility().earliestStart();
      if (start.isPresent() && (commonStart.isEmpty() || start.get().isAfter(commonStart.get()))) {
        commonStart = start;
      }
    }

    List<TreatmentPlan> planned = new ArrayList<>();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      Part part = order.get(i);
      Optional<LocalDate> notBefore = commonStart;
      AdjustmentReason reason = AdjustmentReason.DEFERRAL;
      String text = "Session 1 waits for the combined plan's common earliest start (see the findings).";
      List<DateRange> blocked = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        Part earlier = order.get(j);
        List<Session> earlierSessions = planned.get(j).sessions();
        blocked.addAll(
            OtherTreatmentDays.blockedBy(
                earlierSessions,
                earlier.module().protocol(),
                earlier.course(),
                part.module().protocol(),
                part.course()));
        if (CombinationOrder.follows(part.module(), earlier.module())) {
          if (!earlierSessions.isEmpty()) {
            LocalDate after = earlierSessions.get(earlierSessions.size() - 1).date().plusDays(1);
            if (notBefore.isEmpty() || after.isAfter(notBefore.get())) {
              notBefore = Optional.of(after);
              reason = AdjustmentReason.SEQUENCING;
              text = "Session 1 follows the end of the " + earlier.module().descriptor().name()
                  + " course, as this treatment's protocol says (sequencing).";
            }
          }
        } else if (!CombinationOrder.follows(earlier.module(), part.module())) {
          notes.computeIfAbsent(part.module().descriptor().id(), k -> new ArrayList<>())
              .add("Combined plan: no protocol orders " + earlier.module().descriptor().name()
                  + " and " + part.module().descriptor().name() + "; the first was planned first"
                  + " (the request's order) and this course fits around its sessions.");
        }
      }
      if (i > 0) {
        // The protocols' instructions were written apart (one asks for exercise, another for none):
        // on days where both apply, the stricter one keeps the patient safe.
        notes.computeIfAbsent(part.module().descriptor().id(), k -> new ArrayList<>())
            .add(STRICTER_INSTRUCTION);
      }
      planned.add(
          coursePlanner.plan(
              part.module(), part.course(), request,
              new CourseConstraints(notBefore, reason, text, blocked)));
    }
    return PlanMerger.merge(request, planned, conflicts, notes);
  }

  private static List<Part> order(List<Part> requested, List<Conflict> conflicts) {
    List<TreatmentModule> modules = new ArrayList<>();
    for (Part part : requested) {
      modules.add(part.module());
    }
    Optional<List<TreatmentModule>> ordered = CombinationOrder.of(modules);
    if (ordered.isEmpty()) {
      conflicts.add(
          Conflict.builder()
              .constraint(ConstraintKind.SEQUENCING)
              .text("The protocols' sequencing rules contradict each other (each follows the other);"
                  + " the treatments are planned in the request's order.")
              .build());
      return requested;
    }
    List<Part> result = new ArrayList<>();
    for (TreatmentModule module : ordered.get()) {
      for (Part part : requested) {
        if (part.module() == module) {
          result.add(part);
        }
      }
    }
    return result;
  }
}
