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
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.ImmutableVisit;
import org.regimen.plan.Maintenance;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
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

  static TreatmentPlan merge(
      TreatmentRequest request,
      List<TreatmentPlan> plans,
      List<Conflict> extraConflicts,
      Map<String, List<String>> firstSessionNotes) {
    Eligibility eligibility = eligibility(plans);
    EligibilityStatus status = eligibility.status();
    ImmutableTreatmentPlan.Builder merged =
        TreatmentPlan.builder()
            .id(request.id())
            .indication(request.indication())
            .language(CoursePlanner.LANGUAGE)
            .eligibility(eligibility)
            .addAllConflicts(extraConflicts);
    merged.history(MergedHistory.of(plans));
    // A course its past sessions completed has nothing left to plan; that does not empty the rest.
    boolean complete =
        status != EligibilityStatus.INELIGIBLE
            && plans.stream().noneMatch(p -> p.sessions().isEmpty() && !MergedHistory.complete(p))
            && plans.stream().anyMatch(p -> !p.sessions().isEmpty());
    Map<String, Integer> numbers = complete ? sessions(plans, firstSessionNotes, merged) : Map.of();
    if (!complete && status != EligibilityStatus.INELIGIBLE) {
      for (TreatmentPlan plan : plans) {
        if (plan.sessions().isEmpty() && !MergedHistory.complete(plan)) {
          merged.addConflicts(
              Conflict.builder()
                  .constraint(ConstraintKind.OTHER_TREATMENT)
                  .treatment(id(plan))
                  .text("No sessions are planned: the combination needs every course, and this"
                      + " one has none (see its findings and conflicts).")
                  .build());
        }
      }
    }

    Set<String> sources = new LinkedHashSet<>();
    Optional<Cost> cost = Optional.empty();
    boolean everyCost = true;
    for (TreatmentPlan plan : plans) {
      String id = id(plan);
      merged.addTreatments(plan.treatment().orElseThrow());
      for (String note : plan.notes()) {
        merged.addNotes(plan.treatment().orElseThrow().name() + ": " + note);
      }
      for (Visit visit : plan.visits()) {
        merged.addVisits(ImmutableVisit.copyOf(visit).withTreatment(id));
      }
      for (ResultWindow result : plan.results()) {
        merged.addResults(ImmutableResultWindow.copyOf(result).withTreatment(id));
      }
      for (Risk risk : plan.risks()) {
        merged.addRisks(ImmutableRisk.copyOf(risk).withTreatment(id));
      }
      for (Adjustment adjustment : plan.adjustments()) {
        merged.addAdjustments(
            ImmutableAdjustment.copyOf(adjustment)
                .withSession(numbers.getOrDefault(key(id, adjustment.session()), adjustment.session()))
                .withTreatment(id));
      }
      for (Conflict conflict : plan.conflicts()) {
        ImmutableConflict tagged = ImmutableConflict.copyOf(conflict).withTreatment(id);
        if (conflict.session().isPresent()) {
          Integer number = numbers.get(key(id, conflict.session().get()));
          tagged = tagged.withSession(number != null ? number : conflict.session().get());
        }
        merged.addConflicts(tagged);
      }
      sources.addAll(plan.sources());
      if (plan.cost().isEmpty()) {
        everyCost = false;
      } else {
        Cost c = plan.cost().get();
        cost = Optional.of(
            cost.map(sum -> Cost.of(sum.currency(), sum.min() + c.min(), sum.max() + c.max()))
                .orElse(c));
      }
    }
    // Unknown is not zero: a total is given only when every course has a price.
    if (everyCost) {
      merged.cost(cost);
    }
    merged.sources(sources);
    maintenance(plans).ifPresent(merged::maintenance);
    TreatmentPlan result = merged.build();
    // Visits in date order, as sessions are.
    List<Visit> visits = new ArrayList<>(result.visits());
    visits.sort(Comparator.comparing(Visit::date));
    return ImmutableTreatmentPlan.copyOf(result).withVisits(visits);
  }

  /** Adds the sessions in date order and returns the merged number of each (treatment, own number). */
  private static Map<String, Integer> sessions(
      List<TreatmentPlan> plans,
      Map<String, List<String>> firstSessionNotes,
      ImmutableTreatmentPlan.Builder merged) {
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
    List<Session> merged0 = new ArrayList<>(all.size());
    Set<String> firstOfTreatment = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Numbered n = all.get(i);
      ImmutableSession session =
          ImmutableSession.copyOf(n.session()).withNumber(given + i + 1).withTreatment(n.treatment());
      if (firstOfTreatment.add(n.treatment())) { // its first session in this plan (a course may be in progress)
        session = session.withNotes(concat(session.notes(), firstSessionNotes.getOrDefault(n.treatment(), List.of())));
      }
      merged0.add(session);
      numbers.put(key(n.treatment(), n.ownNumber()), given + i + 1);
    }
    merged.addAllSessions(OneInstructionPerConcern.resolve(merged0, InstructionConcerns.standard()));
    return numbers;
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
