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
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.ImmutableTreatmentRef;
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
 *   <li>Each therapy is screened and planned with its own protocol, intervals and calendar, and
 *       for its own indication, areas and assessment where the request gives them per treatment
 *       ({@link PartRequest}); none
 *       starts before the latest earliest start of all (one patient, one eligibility).
 *   <li>A therapy planned later keeps off the days earlier ones hold ({@link OtherTreatmentDays}),
 *       and one that follows another starts the day after that course's last session at the
 *       earliest.
 *   <li>{@link PlanMerger} merges the plans: sessions in date order, each naming its treatment.
 * </ol>
 */
final class CombinationPlanner {
  /** One therapy of the combination and the request it is planned with ({@link PartRequest}). */
  record Part(TreatmentModule module, Course course, TreatmentRequest request) {}

  private final CoursePlanner coursePlanner;

  CombinationPlanner(CoursePlanner coursePlanner) {
    this.coursePlanner = coursePlanner;
  }

  TreatmentPlan plan(List<Part> requested, TreatmentRequest request) {
    List<Conflict> conflicts = new ArrayList<>();
    List<Part> order = order(requested, conflicts);

    List<TreatmentPlan> planned = new ArrayList<>();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      Part part = order.get(i);
      // Each course waits only for its own findings (its screening applies every baseline rule
      // about the whole patient): a test only a later course needs does not hold back an earlier one.
      Optional<LocalDate> notBefore = Optional.empty();
      AdjustmentReason reason = AdjustmentReason.SEQUENCING;
      String text = "";
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
        blocked.addAll(
            AreaHealingDays.blockedBy(
                earlierSessions, earlier.course(), part.course(), part.request().areas(),
                earlier.module().protocol().allowsSameDayWithOthers()
                    && part.module().protocol().allowsSameDayWithOthers()));
        if (CombinationOrder.follows(part.module(), earlier.module())) {
          if (!earlierSessions.isEmpty()) {
            Session last = earlierSessions.get(earlierSessions.size() - 1);
            LocalDate after = lastVisit(last).plusDays(1);
            if (notBefore.isEmpty() || after.isAfter(notBefore.get())) {
              notBefore = Optional.of(after);
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
      TreatmentPlan own =
          coursePlanner.plan(
              part.module(), part.course(), part.request(),
              new CourseConstraints(notBefore, reason, text, blocked));
      // Each treatment of a combined plan names what it treats: its indication and its areas.
      planned.add(
          ImmutableTreatmentPlan.copyOf(own)
              .withTreatment(
                  ImmutableTreatmentRef.copyOf(own.treatment().orElseThrow())
                      .withIndication(part.request().indication())
                      .withAreas(part.request().areas())));
    }
    List<TreatmentPlan> withPrecautions = BloodProductRepeat.add(planned, order, request);
    return PlanMerger.merge(request, withPrecautions, conflicts, notes);
  }

  private static LocalDate lastVisit(Session session) {
    return session.furtherVisits().isEmpty()
        ? session.date()
        : session.furtherVisits().get(session.furtherVisits().size() - 1).date();
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
