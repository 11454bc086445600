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
    Optional<List<Part>> ordered = order(requested);
    List<Part> order = ordered.orElse(requested);
    List<TreatmentPlan> planned = new ArrayList<>();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      Part part = order.get(i);
      AfterEarlier after = afterEarlier(part, order.subList(0, i), planned);
      if (!after.notes().isEmpty()) {
        notes.computeIfAbsent(part.module().descriptor().id(), k -> new ArrayList<>()).addAll(after.notes());
      }
      TreatmentPlan own = coursePlanner.plan(part.module(), part.course(), part.request(), after.constraints());
      planned.add(naming(own, part));
    }
    List<TreatmentPlan> withPrecautions = BloodProductRepeat.add(planned, order, request);
    List<Conflict> conflicts = ordered.isPresent() ? List.of() : List.of(contradictorySequencing());
    return PlanMerger.merge(request, withPrecautions, conflicts, notes);
  }

  /**
   * What the courses planned before one ask of it: the days it keeps off, the day after the last
   * course it follows, and a note for each earlier course no protocol orders it with.
   */
  private record AfterEarlier(CourseConstraints constraints, List<String> notes) {}

  private static AfterEarlier afterEarlier(Part part, List<Part> earlierParts, List<TreatmentPlan> planned) {
    // Each course waits only for its own findings (its screening applies every baseline rule
    // about the whole patient): a test only a later course needs does not hold back an earlier one.
    Optional<LocalDate> notBefore = Optional.empty();
    String text = "";
    List<DateRange> blocked = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int j = 0; j < earlierParts.size(); j++) {
      Part earlier = earlierParts.get(j);
      List<Session> earlierSessions = planned.get(j).sessions();
      blocked.addAll(daysHeldBy(earlier, earlierSessions, part));
      if (CombinationOrder.follows(part.module(), earlier.module())) {
        if (!earlierSessions.isEmpty()) {
          LocalDate after = lastVisit(earlierSessions.get(earlierSessions.size() - 1)).plusDays(1);
          if (notBefore.isEmpty() || after.isAfter(notBefore.get())) {
            notBefore = Optional.of(after);
            text = "Session 1 follows the end of the " + earlier.module().descriptor().name()
                + " course, as this treatment's protocol says (sequencing).";
          }
        }
      } else if (!CombinationOrder.follows(earlier.module(), part.module())) {
        notes.add("Combined plan: no protocol orders " + earlier.module().descriptor().name()
            + " and " + part.module().descriptor().name() + "; the first was planned first"
            + " (the request's order) and this course fits around its sessions.");
      }
    }
    return new AfterEarlier(new CourseConstraints(notBefore, AdjustmentReason.SEQUENCING, text, blocked), notes);
  }

  /** The days an earlier course's sessions hold that {@code part} keeps off. */
  private static List<DateRange> daysHeldBy(Part earlier, List<Session> earlierSessions, Part part) {
    List<DateRange> blocked = new ArrayList<>(
        OtherTreatmentDays.blockedBy(
            earlierSessions, earlier.module().protocol(), earlier.course(), part.module().protocol(), part.course()));
    blocked.addAll(
        AreaHealingDays.blockedBy(
            earlierSessions, earlier.course(), part.course(), part.request().areas(),
            earlier.module().protocol().allowsSameDayWithOthers()
                && part.module().protocol().allowsSameDayWithOthers()));
    return blocked;
  }

  /** Each treatment of a combined plan names what it treats: its indication and its areas. */
  private static TreatmentPlan naming(TreatmentPlan own, Part part) {
    return ImmutableTreatmentPlan.copyOf(own)
        .withTreatment(
            ImmutableTreatmentRef.copyOf(own.treatment().orElseThrow())
                .withIndication(part.request().indication())
                .withAreas(part.request().areas()));
  }

  private static LocalDate lastVisit(Session session) {
    return session.furtherVisits().isEmpty()
        ? session.date()
        : session.furtherVisits().get(session.furtherVisits().size() - 1).date();
  }

  /** The parts in sequencing order; empty when the protocols' sequencing rules contradict each other. */
  private static Optional<List<Part>> order(List<Part> requested) {
    List<TreatmentModule> modules = new ArrayList<>();
    for (Part part : requested) {
      modules.add(part.module());
    }
    Optional<List<TreatmentModule>> ordered = CombinationOrder.of(modules);
    if (ordered.isEmpty()) {
      return Optional.empty();
    }
    List<Part> result = new ArrayList<>();
    for (TreatmentModule module : ordered.get()) {
      for (Part part : requested) {
        if (part.module() == module) {
          result.add(part);
        }
      }
    }
    return Optional.of(result);
  }

  private static Conflict contradictorySequencing() {
    return Conflict.builder()
        .constraint(ConstraintKind.SEQUENCING)
        .text("The protocols' sequencing rules contradict each other (each follows the other);"
            + " the treatments are planned in the request's order.")
        .build();
  }
}
