package org.regimen.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.plan.Adjustment;
import org.regimen.plan.Conflict;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Eligibility;
import org.regimen.plan.Finding;
import org.regimen.plan.Maintenance;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.Visit;

/**
 * The floor under planning: builds a plan equal to a given one through the same builders, every
 * object anew (each session, dated instruction, date range, finding, risk, result window), taking
 * every leaf value (text, date, number, enum) as a ready constant from the given plan. What is left
 * is only the cost of the output objects themselves: allocation, the builders' checks and their
 * defensive copies of lists. Planning minus this is the work of screening and scheduling.
 */
final class PlanFloor {
  private PlanFloor() {}

  static TreatmentPlan rebuild(TreatmentPlan p) {
    List<Session> sessions = new ArrayList<>(p.sessions().size());
    for (Session s : p.sessions()) {
      sessions.add(session(s));
    }
    List<Risk> risks = new ArrayList<>(p.risks().size());
    for (Risk r : p.risks()) {
      risks.add(
          Risk.builder()
              .code(r.code())
              .likelihood(r.likelihood())
              .site(r.site())
              .resolvesInDays(r.resolvesInDays())
              .text(r.text())
              .source(r.source())
              .sourceWords(r.sourceWords())
              .note(r.note())
              .build());
    }
    List<ResultWindow> results = new ArrayList<>(p.results().size());
    for (ResultWindow w : p.results()) {
      results.add(
          ResultWindow.builder()
              .phase(w.phase())
              .days(range(w.days()))
              .source(w.source())
              .sourceWords(w.sourceWords())
              .note(w.note())
              .build());
    }
    List<Visit> visits = new ArrayList<>(p.visits().size());
    for (Visit v : p.visits()) {
      visits.add(Visit.builder().kind(v.kind()).date(v.date()).purpose(v.purpose()).treatment(v.treatment()).build());
    }
    List<Adjustment> adjustments = new ArrayList<>(p.adjustments().size());
    for (Adjustment a : p.adjustments()) {
      adjustments.add(Adjustment.of(a.session(), a.reason(), a.text()));
    }
    List<Conflict> conflicts = new ArrayList<>(p.conflicts().size());
    for (Conflict c : p.conflicts()) {
      conflicts.add(Conflict.builder().constraint(c.constraint()).session(c.session()).text(c.text()).build());
    }
    var plan =
        TreatmentPlan.builder()
            .id(p.id())
            .treatment(p.treatment())
            .indication(p.indication())
            .language(p.language())
            .eligibility(eligibility(p.eligibility()))
            .sessions(sessions)
            .visits(visits)
            .results(results)
            .risks(risks)
            .cost(p.cost())
            .adjustments(adjustments)
            .conflicts(conflicts)
            .sources(p.sources());
    p.maintenance()
        .ifPresent(
            m ->
                plan.maintenance(
                    Maintenance.builder()
                        .days(m.days().map(PlanFloor::range))
                        .text(m.text())
                        .source(m.source())
                        .sourceWords(m.sourceWords())
                        .build()));
    return plan.build();
  }

  private static Eligibility eligibility(Eligibility e) {
    List<Finding> findings = new ArrayList<>(e.findings().size());
    for (Finding f : e.findings()) {
      findings.add(
          Finding.builder()
              .code(f.code())
              .severity(f.severity())
              .area(f.area())
              .message(f.message())
              .action(f.action())
              .source(f.source())
              .sourceWords(f.sourceWords())
              .until(f.until())
              .build());
    }
    return Eligibility.builder()
        .status(e.status())
        .earliestStart(e.earliestStart())
        .findings(findings)
        .excludedAreas(e.excludedAreas())
        .requiredTests(e.requiredTests())
        .build();
  }

  private static Session session(Session s) {
    return Session.builder()
        .number(s.number())
        .treatment(s.treatment())
        .date(s.date())
        .minutes(s.minutes())
        .visitMinutes(s.visitMinutes())
        .timeOfDay(s.timeOfDay())
        .fastingHours(s.fastingHours())
        .areas(s.areas())
        .harvestSite(s.harvestSite())
        .practitioners(s.practitioners())
        .steps(s.steps())
        .notes(s.notes())
        .downtime(s.downtime().map(PlanFloor::range))
        .before(instructions(s.before()))
        .after(instructions(s.after()))
        .tentative(s.tentative())
        .build();
  }

  private static List<DatedInstruction> instructions(List<DatedInstruction> given) {
    List<DatedInstruction> built = new ArrayList<>(given.size());
    for (DatedInstruction i : given) {
      built.add(
          DatedInstruction.builder()
              .code(i.code())
              .days(range(i.days()))
              .text(i.text())
              .source(i.source())
              .sourceWords(i.sourceWords())
              .build());
    }
    return built;
  }

  private static DateRange range(DateRange r) {
    return DateRange.ofClosed(r.from(), r.to());
  }
}
