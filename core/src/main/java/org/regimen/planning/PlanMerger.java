package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.regimen.plan.Adjustment;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.Cost;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ImmutableAdjustment;
import org.regimen.plan.ImmutableConflict;
import org.regimen.plan.ImmutableMaintenance;
import org.regimen.plan.ImmutableResultWindow;
import org.regimen.plan.ImmutableRisk;
import org.regimen.plan.ImmutableSession;
import org.regimen.plan.ImmutableVisit;
import org.regimen.plan.Maintenance;
import org.regimen.plan.Session;
import org.regimen.plan.ImmutableExcludedArea;
import org.regimen.plan.ImmutableFinding;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.Visit;
import org.regimen.request.TreatmentRequest;

/**
 * Merges the plans of a combination into one. Sessions, visits, risks, results, maintenance,
 * adjustments and conflicts each name their treatment; session numbers run over the merged plan in
 * date order (adjustments and conflicts follow them). The eligibility is the strongest of all; a
 * combination is all or nothing: when one course has no sessions, the merged plan has none.
 */
final class PlanMerger {
  private PlanMerger() {}

  private record Numbered(String treatment, int ownNumber, Session session, int part) {}

  /** The merged sessions, and the merged number of each (treatment, own number). */
  private record MergedSessions(List<Session> sessions, Map<String, Integer> numbers) {
    static final MergedSessions NONE = new MergedSessions(List.of(), Map.of());
  }

  static TreatmentPlan merge(
      TreatmentRequest request,
      List<TreatmentPlan> plans,
      List<Conflict> extraConflicts,
      Map<String, List<String>> firstSessionNotes) {
    Eligibility eligibility = eligibility(plans);
    boolean ineligible = eligibility.status() == EligibilityStatus.INELIGIBLE;
    // A course its past sessions completed has nothing left to plan; that does not empty the rest.
    boolean complete =
        !ineligible
            && plans.stream().noneMatch(PlanMerger::hasNoSessionsLeftUnplanned)
            && plans.stream().anyMatch(p -> !p.sessions().isEmpty());
    MergedSessions sessions = complete ? sessions(plans, firstSessionNotes) : MergedSessions.NONE;
    List<Conflict> conflicts = new ArrayList<>(extraConflicts);
    if (!complete && !ineligible) {
      conflicts.addAll(coursesWithoutSessions(plans));
    }
    conflicts.addAll(conflicts(plans, sessions.numbers()));
    List<Visit> visits = tagged(plans, TreatmentPlan::visits, (v, id) -> ImmutableVisit.copyOf(v).withTreatment(id));
    visits.sort(Comparator.comparing(Visit::date)); // in date order, as sessions are
    return TreatmentPlan.builder()
        .id(request.id())
        .indication(request.indication())
        .language(CoursePlanner.LANGUAGE)
        .eligibility(eligibility)
        .history(MergedHistory.of(plans))
        .treatments(plans.stream().map(p -> p.treatment().orElseThrow()).toList())
        .notes(notes(plans))
        .visits(visits)
        .results(tagged(plans, TreatmentPlan::results, (r, id) -> ImmutableResultWindow.copyOf(r).withTreatment(id)))
        .risks(tagged(plans, TreatmentPlan::risks, (r, id) -> ImmutableRisk.copyOf(r).withTreatment(id)))
        .adjustments(adjustments(plans, sessions.numbers()))
        .conflicts(conflicts)
        .sessions(sessions.sessions())
        .cost(cost(plans))
        .sources(sources(plans))
        .maintenance(maintenance(plans))
        .build();
  }

  /** A course that has no sessions and was not completed by its past ones. */
  private static boolean hasNoSessionsLeftUnplanned(TreatmentPlan plan) {
    return plan.sessions().isEmpty() && !MergedHistory.complete(plan);
  }

  /** A combination is all or nothing: each course that has no sessions is why the plan has none. */
  private static List<Conflict> coursesWithoutSessions(List<TreatmentPlan> plans) {
    List<Conflict> conflicts = new ArrayList<>();
    for (TreatmentPlan plan : plans) {
      if (hasNoSessionsLeftUnplanned(plan)) {
        conflicts.add(
            Conflict.builder()
                .constraint(ConstraintKind.OTHER_TREATMENT)
                .treatment(id(plan))
                .text("No sessions are planned: the combination needs every course, and this"
                    + " one has none (see its findings and conflicts).")
                .build());
      }
    }
    return conflicts;
  }

  /** Every plan's items of one kind, in plan order, each naming its treatment. */
  private static <T> List<T> tagged(
      List<TreatmentPlan> plans,
      Function<TreatmentPlan, List<? extends T>> items,
      BiFunction<T, String, T> withTreatment) {
    List<T> all = new ArrayList<>();
    for (TreatmentPlan plan : plans) {
      String id = id(plan);
      for (T item : items.apply(plan)) {
        all.add(withTreatment.apply(item, id));
      }
    }
    return all;
  }

  private static List<String> notes(List<TreatmentPlan> plans) {
    List<String> notes = new ArrayList<>();
    for (TreatmentPlan plan : plans) {
      for (String note : plan.notes()) {
        notes.add(plan.treatment().orElseThrow().name() + ": " + note);
      }
    }
    return notes;
  }

  /** Each plan's adjustments, numbered as their sessions are in the merged plan. */
  private static List<Adjustment> adjustments(List<TreatmentPlan> plans, Map<String, Integer> numbers) {
    return tagged(plans, TreatmentPlan::adjustments, (adjustment, id) ->
        ImmutableAdjustment.copyOf(adjustment)
            .withSession(numbers.getOrDefault(key(id, adjustment.session()), adjustment.session()))
            .withTreatment(id));
  }

  /** Each plan's conflicts; one about a session names it by its number in the merged plan. */
  private static List<Conflict> conflicts(List<TreatmentPlan> plans, Map<String, Integer> numbers) {
    return tagged(plans, TreatmentPlan::conflicts, (conflict, id) -> {
      ImmutableConflict tagged = ImmutableConflict.copyOf(conflict).withTreatment(id);
      if (conflict.session().isPresent()) {
        Integer number = numbers.get(key(id, conflict.session().get()));
        tagged = tagged.withSession(number != null ? number : conflict.session().get());
      }
      return tagged;
    });
  }

  /** The sum of the courses' costs; unknown is not zero: a total only when every course has a price. */
  private static Optional<Cost> cost(List<TreatmentPlan> plans) {
    Optional<Cost> cost = Optional.empty();
    for (TreatmentPlan plan : plans) {
      if (plan.cost().isEmpty()) {
        return Optional.empty();
      }
      Cost c = plan.cost().get();
      cost = Optional.of(
          cost.map(sum -> Cost.of(sum.currency(), sum.min() + c.min(), sum.max() + c.max())).orElse(c));
    }
    return cost;
  }

  private static Set<String> sources(List<TreatmentPlan> plans) {
    Set<String> sources = new LinkedHashSet<>();
    for (TreatmentPlan plan : plans) {
      sources.addAll(plan.sources());
    }
    return sources;
  }

  /** The sessions in date order, and the merged number of each (treatment, own number). */
  private static MergedSessions sessions(
      List<TreatmentPlan> plans, Map<String, List<String>> firstSessionNotes) {
    List<Numbered> all = new ArrayList<>();
    // Sessions already given come first: the merged numbering continues after all of them.
    int given = 0;
    for (int part = 0; part < plans.size(); part++) {
      given += MergedHistory.counted(plans.get(part));
    }
    for (int part = 0; part < plans.size(); part++) {
      TreatmentPlan plan = plans.get(part);
      for (Session session : plan.sessions()) {
        all.add(new Numbered(id(plan), session.number(), session, part));
      }
    }
    all.sort(Comparator.comparing((Numbered n) -> n.session().date()).thenComparingInt(Numbered::part));
    // Each course's sessions are as tentative as its own findings make them: a finding only one
    // therapy raises (a test only the later course needs) does not hold back the other's sessions.
    Map<String, Integer> numbers = new HashMap<>();
    List<Session> merged = new ArrayList<>(all.size());
    Set<String> firstOfTreatment = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Numbered n = all.get(i);
      ImmutableSession session =
          ImmutableSession.copyOf(n.session()).withNumber(given + i + 1).withTreatment(n.treatment());
      if (firstOfTreatment.add(n.treatment())) { // its first session in this plan (a course may be in progress)
        session = session.withNotes(concat(session.notes(), firstSessionNotes.getOrDefault(n.treatment(), List.of())));
      }
      merged.add(session);
      numbers.put(key(n.treatment(), n.ownNumber()), given + i + 1);
    }
    return new MergedSessions(OneInstructionPerConcern.resolve(merged, InstructionConcerns.standard()), numbers);
  }

  /**
   * The strongest status; every finding and excluded area named by the treatment whose screening
   * raised it (an area one therapy leaves out may be another's to treat); every test once; the latest
   * earliest start.
   */
  static Eligibility eligibility(List<TreatmentPlan> plans) {
    EligibilityStatus status = EligibilityStatus.ELIGIBLE;
    Optional<LocalDate> earliest = Optional.empty();
    Set<org.regimen.plan.Finding> findings = new LinkedHashSet<>();
    Set<org.regimen.plan.ExcludedArea> excluded = new LinkedHashSet<>();
    Set<org.regimen.plan.RequiredTest> tests = new LinkedHashSet<>();
    for (TreatmentPlan plan : plans) {
      Eligibility e = plan.eligibility();
      if (e.status().compareTo(status) > 0) {
        status = e.status();
      }
      if (e.earliestStart().isPresent()
          && (earliest.isEmpty() || e.earliestStart().get().isAfter(earliest.get()))) {
        earliest = e.earliestStart();
      }
      String treatment = id(plan);
      for (org.regimen.plan.Finding finding : e.findings()) {
        findings.add(ImmutableFinding.copyOf(finding).withTreatment(treatment));
      }
      for (org.regimen.plan.ExcludedArea area : e.excludedAreas()) {
        excluded.add(ImmutableExcludedArea.copyOf(area).withTreatment(treatment));
      }
      tests.addAll(e.requiredTests());
    }
    return Eligibility.builder()
        .status(status)
        .earliestStart(earliest)
        .findings(findings)
        .excludedAreas(excluded)
        .requiredTests(tests)
        .build();
  }

  /** The maintenance of the course that ends last (the one due latest), naming its treatment. */
  private static Optional<Maintenance> maintenance(List<TreatmentPlan> plans) {
    Optional<Maintenance> chosen = Optional.empty();
    LocalDate chosenEnd = LocalDate.MIN;
    for (TreatmentPlan plan : plans) {
      if (plan.maintenance().isEmpty()) {
        continue;
      }
      LocalDate end =
          plan.sessions().isEmpty()
              ? LocalDate.MIN
              : plan.sessions().get(plan.sessions().size() - 1).date();
      if (chosen.isEmpty() || !end.isBefore(chosenEnd)) {
        chosen = Optional.of(ImmutableMaintenance.copyOf(plan.maintenance().get()).withTreatment(id(plan)));
        chosenEnd = end;
      }
    }
    return chosen;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String id(TreatmentPlan plan) {
    return plan.treatment().orElseThrow().id();
  }

  private static String key(String treatment, int number) {
    return treatment + "#" + number;
  }
}
