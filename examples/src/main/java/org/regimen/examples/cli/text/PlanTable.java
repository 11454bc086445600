package org.regimen.examples.cli.text;

import java.util.List;
import java.util.stream.Collectors;
import org.regimen.plan.Adjustment;
import org.regimen.plan.Conflict;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Eligibility;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.plan.Visit;

/**
 * A plan as text for a person at a terminal: a header, then one titled section per part of the
 * plan, in the order of the JSON contract. Empty sections say "none" rather than disappear, so a
 * reader can tell "nothing" from "not shown".
 */
public final class PlanTable {
  private static final String INDENT = "  ";
  private static final String DETAIL = "      ";

  private final StringBuilder text = new StringBuilder();

  private PlanTable() {}

  public static String format(TreatmentPlan plan) {
    PlanTable table = new PlanTable();
    table.header(plan);
    table.eligibility(plan.eligibility());
    table.visits(plan.visits());
    table.history(plan);
    table.sessions(plan.sessions());
    table.notes(plan.notes());
    table.results(plan.results());
    table.risks(plan.risks());
    table.rest(plan);
    return table.text.toString();
  }

  private void header(TreatmentPlan plan) {
    TextTable header = TextTable.untitled(2);
    plan.treatment().ifPresent(t -> header.row("Treatment", describe(t)));
    if (!plan.treatments().isEmpty()) {
      header.row(
          "Treatments",
          plan.treatments().stream().map(PlanTable::describe).collect(Collectors.joining("; ")));
    }
    // A combination's treatments may each treat their own indication: list each one once.
    header.row(
        "Indication",
        plan.treatments().isEmpty()
            ? plan.indication().name()
            : plan.treatments().stream()
                .map(t -> t.indication().orElse(plan.indication()).name())
                .distinct()
                .collect(Collectors.joining(", ")));
    plan.id().ifPresent(id -> header.row("Request", id));
    header.row("Status", plan.eligibility().status().name());
    header.row(
        "Earliest start",
        plan.eligibility().earliestStart().map(DateText::day).orElse("not known"));
    header.row("Language", plan.language());
    text.append(header.render(""));
  }

  private void eligibility(Eligibility eligibility) {
    section("Findings", eligibility.findings().isEmpty());
    if (!eligibility.findings().isEmpty()) {
      TextTable table = new TextTable("CODE", "SEVERITY", "AREA", "UNTIL", "TREATMENT");
      for (Finding finding : eligibility.findings()) {
        table.row(
            finding.code(),
            finding.severity().name(),
            finding.area().map(Enum::name).orElse("whole patient"),
            finding.until().map(DateText::day).orElse("-"),
            finding.treatment().orElse("-"));
      }
      text.append(table.render(INDENT));
    }
    for (Finding finding : eligibility.findings()) {
      line(finding.code() + ": " + finding.message());
      detail("action: " + finding.action());
      detail("source: " + finding.source());
    }
    section("Excluded areas", eligibility.excludedAreas().isEmpty());
    if (!eligibility.excludedAreas().isEmpty()) {
      TextTable table = new TextTable("AREA", "FINDING", "TREATMENT");
      for (ExcludedArea excluded : eligibility.excludedAreas()) {
        table.row(excluded.area().name(), excluded.code(), excluded.treatment().orElse("all"));
      }
      text.append(table.render(INDENT));
    }
    section("Required tests", eligibility.requiredTests().isEmpty());
    if (!eligibility.requiredTests().isEmpty()) {
      TextTable table = new TextTable("TEST", "REASON");
      for (RequiredTest test : eligibility.requiredTests()) {
        table.row(test.test().name(), test.reason().name());
      }
      text.append(table.render(INDENT));
    }
  }

  private void visits(List<Visit> visits) {
    if (visits.isEmpty()) {
      return;
    }
    section("Other visits", false);
    TextTable table = new TextTable("DATE", "KIND", "TREATMENT", "PURPOSE");
    for (Visit visit : visits) {
      table.row(
          DateText.day(visit.date()),
          visit.kind().name(),
          visit.treatment().orElse("-"),
          visit.purpose());
    }
    text.append(table.render(INDENT));
  }

  /** A course in progress: the past sessions as judged, above the sessions that remain. */
  private void history(TreatmentPlan plan) {
    if (plan.history().isEmpty()) {
      return;
    }
    section("Sessions already given", false);
    text.append(HistoryText.table(plan.history(), INDENT));
    if (plan.sessions().isEmpty() && plan.conflicts().isEmpty()) {
      line("The course is complete: no session remains.");
    }
  }

  private void sessions(List<Session> sessions) {
    section("Sessions", sessions.isEmpty());
    if (sessions.isEmpty()) {
      return;
    }
    TextTable table =
        new TextTable("#", "DATE", "DAY", "MIN/VISIT", "AREAS", "DOWNTIME", "TENTATIVE");
    for (Session session : sessions) {
      table.row(
          Integer.toString(session.number()),
          DateText.iso(session.date()),
          DateText.weekday(session.date()),
          session.minutes() + "/" + session.visitMinutes(),
          join(session.areas()),
          DateText.range(session.downtime(), "none"),
          session.tentative() ? "yes" : "no");
    }
    text.append(table.render(INDENT));
    for (Session session : sessions) {
      sessionDetails(session);
    }
  }

  /** The course's notes, once: they hold for every session. */
  private void notes(List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    section("Notes for every session", false);
    notes.forEach(this::line);
  }

  private void sessionDetails(Session session) {
    text.append('\n').append(INDENT).append("Session ").append(session.number());
    session.treatment().ifPresent(t -> text.append(" (").append(t).append(')'));
    text.append(", ").append(DateText.day(session.date())).append('\n');
    detail("time of day: " + session.timeOfDay().name()
        + session.fastingHours().map(h -> ", fasting " + h + " hours before").orElse(""));
    session.harvestSite().ifPresent(site -> detail("harvest site: " + site.name()));
    detail("steps: " + join(session.steps()));
    detail("practitioners: " + join(session.practitioners()));
    session.notes().forEach(note -> detail("note: " + note));
    instructions("before", session.before());
    instructions("after", session.after());
  }

  private void instructions(String when, List<DatedInstruction> instructions) {
    for (DatedInstruction instruction : instructions) {
      detail(when + " " + DateText.range(instruction.days()) + ": " + instruction.text());
    }
  }

  private void results(List<ResultWindow> results) {
    section("Results", results.isEmpty());
    if (results.isEmpty()) {
      return;
    }
    TextTable table = new TextTable("PHASE", "FROM", "TO", "SOURCE SAYS");
    for (ResultWindow window : results) {
      table.row(
          window.phase().name(),
          DateText.day(window.days().from()),
          DateText.day(window.days().to()),
          window.sourceWords() + window.note().map(n -> " (" + n + ")").orElse(""));
    }
    text.append(table.render(INDENT));
  }

  private void risks(List<Risk> risks) {
    section("Risks", risks.isEmpty());
    if (risks.isEmpty()) {
      return;
    }
    TextTable table = new TextTable("CODE", "LIKELIHOOD", "SITE", "HEALS IN", "WHAT");
    for (Risk risk : risks) {
      table.row(
          risk.code(),
          risk.likelihood().name(),
          risk.site().name(),
          risk.resolvesInDays().map(d -> d.min() + "-" + d.max() + " days").orElse("-"),
          risk.text() + risk.note().map(n -> " (" + n + ")").orElse(""));
    }
    text.append(table.render(INDENT));
  }

  private void rest(TreatmentPlan plan) {
    section("Maintenance", plan.maintenance().isEmpty());
    plan.maintenance()
        .ifPresent(m -> line(DateText.range(m.days(), "when the source does not say") + ": " + m.text()));
    section("Cost", false);
    line(plan.cost()
        .map(c -> c.currency().name() + " " + c.min() + (c.max() == c.min() ? "" : "-" + c.max()))
        .orElse("not given by the protocol or the clinic"));
    section("Adjustments", plan.adjustments().isEmpty());
    for (Adjustment adjustment : plan.adjustments()) {
      line("session " + adjustment.session() + "  " + adjustment.reason().name() + ": "
          + adjustment.text());
    }
    section("Conflicts", plan.conflicts().isEmpty());
    for (Conflict conflict : plan.conflicts()) {
      line(conflict.session().map(s -> "session " + s).orElse("whole plan") + "  "
          + conflict.constraint().name() + ": " + conflict.text());
    }
    section("Sources", plan.sources().isEmpty());
    plan.sources().forEach(this::line);
  }

  private void section(String title, boolean empty) {
    text.append('\n').append(title).append('\n');
    if (empty) {
      line("none");
    }
  }

  private void line(String content) {
    text.append(INDENT).append(content).append('\n');
  }

  private void detail(String content) {
    text.append(DETAIL).append(content).append('\n');
  }

  private static String describe(TreatmentRef treatment) {
    // A combined plan's treatment says what it treats (its own indication and areas, or the request's).
    String what =
        treatment.indication().map(i -> " for " + i.name()).orElse("")
            + (treatment.areas().isEmpty() ? "" : " on " + join(treatment.areas()));
    return treatment.name() + " (" + treatment.id() + ", protocol " + treatment.protocolVersion() + ")" + what;
  }

  private static String join(List<?> items) {
    return items.isEmpty()
        ? "-"
        : items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
