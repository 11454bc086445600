package org.regimen.handout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.plan.Visit;
import org.regimen.request.BodyArea;
import org.regimen.request.Clinic;

/**
 * A plan written for the patient, as Markdown: the dated sessions with what to do before and after
 * each, what to expect and when, the risks in plain words, and whom to call. No internal codes
 * (risk, instruction and finding codes, status names, module ids) and nothing for the practitioner
 * only (steps, practitioners, notes, a finding's message and action: only its patient text, see
 * {@link PatientFindings}). English only, like the protocols' texts so far.
 *
 * <p>Pure and deterministic: the same plan gives the same text on any machine.
 *
 * @since 0.1.0
 */
public final class Handout {
  private final StringBuilder text = new StringBuilder(4096);
  private final TreatmentPlan plan;

  private Handout(TreatmentPlan plan) {
    this.plan = plan;
  }

  /**
   * The handout for a plan.
   *
   * @param plan the plan, as {@code Regimen.plan} gave it
   * @param clinic the request's clinic, which says whom to call; empty when the request has none
   * @return the handout as Markdown
   */
  public static String markdown(TreatmentPlan plan, Optional<Clinic> clinic) {
    Handout handout = new Handout(plan);
    handout.title();
    handout.text.append(CourseRestrictions.markdown(plan));
    handout.status();
    handout.visits();
    handout.sessions();
    handout.expectations();
    handout.risks();
    handout.contact(clinic);
    return handout.text.toString();
  }

  private void title() {
    text.append("# Your treatment plan: ").append(treatmentNames()).append("\n\n");
    text.append(PlainWords.status(plan.eligibility().status(), !plan.sessions().isEmpty())).append("\n\n");
    if (plan.treatments().size() > 1) {
      text.append("Your plan combines treatments. Where their instructions meet on the same days, this")
          .append(" plan gives you only the one that satisfies both.\n\n");
    }
  }

  private void status() {
    EligibilityStatus status = plan.eligibility().status();
    List<Finding> findings = plan.eligibility().findings();
    if (status == EligibilityStatus.ELIGIBLE || findings.isEmpty()) {
      return;
    }
    text.append("## Before we start\n\n");
    for (String line : PatientFindings.lines(findings)) {
      text.append("- ").append(md(line)).append('\n');
    }
    if (!plan.eligibility().excludedAreas().isEmpty()) {
      // In a combined plan an area one treatment leaves out may be another's to treat: say which.
      Map<String, List<BodyArea>> byTreatment = new LinkedHashMap<>();
      for (ExcludedArea excluded : plan.eligibility().excludedAreas()) {
        List<BodyArea> areas = byTreatment.computeIfAbsent(excluded.treatment().orElse(""), k -> new ArrayList<>());
        if (!areas.contains(excluded.area())) {
          areas.add(excluded.area());
        }
      }
      byTreatment.forEach((treatment, areas) -> {
        text.append("- These areas will not be treated");
        if (!treatment.isEmpty()) {
          text.append(" with ").append(nameOf(treatment));
        }
        text.append(": ").append(PlainWords.areas(areas)).append(".\n");
      });
    }
    text.append('\n');
  }

  private void visits() {
    if (plan.visits().isEmpty()) {
      return;
    }
    text.append("## Visits before your first session\n\n");
    for (Visit visit : plan.visits()) {
      text.append("- ").append(PlainWords.visit(visit.kind())).append(" on ")
          .append(PlainWords.day(visit.date())).append(": ").append(md(visit.purpose())).append('\n');
    }
    text.append('\n');
  }

  private void sessions() {
    text.append(WhatIsLeft.section(plan));
    if (WhatIsLeft.complete(plan)) {
      return;
    }
    text.append("## Your sessions\n\n");
    if (plan.sessions().isEmpty()) {
      text.append("No session dates could be planned yet. The clinic will talk to you about the next steps.\n\n");
      return;
    }
    if (plan.sessions().stream().anyMatch(Session::tentative)) {
      text.append("These dates are provisional: please do not book them until the clinic confirms.\n\n");
    }
    for (Session session : plan.sessions()) {
      text.append("### Session ").append(session.number()).append(": ")
          .append(PlainWords.day(session.date()));
      session.treatment().flatMap(this::name).ifPresent(name -> text.append(" (").append(name).append(')'));
      text.append("\n\n");
      text.append("- Treated: ").append(PlainWords.areas(session.areas())).append(".\n");
      text.append("- About ").append(session.minutes()).append(" minutes of treatment; allow ")
          .append(session.visitMinutes()).append(" minutes for the whole visit.\n");
      if (session.timeOfDay() == TimeOfDay.MORNING) {
        text.append("- Please come in the morning.\n");
      }
      session.fastingHours().ifPresent(h ->
          text.append("- Do not eat for ").append(h).append(" hours before the session.\n"));
      session.downtime().ifPresent(d ->
          text.append("- Recovery time (downtime) ").append(PlainWords.range(d)).append(".\n"));
      awayNote(plan, session).ifPresent(note -> text.append("- ").append(note).append('\n'));
      instructions("Before this session", session.before());
      instructions("After this session", session.after());
      text.append('\n');
    }
  }

  /**
   * What the patient needs to know when the plan could not keep this session's healing off their
   * days away: a conflict the practitioner reads in its own words, and the patient before travelling.
   * Shared by the Markdown and the HTML handout.
   */
  static Optional<String> awayNote(TreatmentPlan plan, Session session) {
    boolean away = plan.conflicts().stream()
        .anyMatch(c -> c.constraint() == ConstraintKind.PATIENT_UNAVAILABLE
            && c.session().equals(Optional.of(session.number()))
            && c.treatment().equals(session.treatment()));
    return away
        ? Optional.of("No other date was free, so healing after this session may still be under way"
            + " while you are away. Please agree with the clinic how to reach them then.")
        : Optional.empty();
  }

  private void instructions(String title, List<DatedInstruction> instructions) {
    if (instructions.isEmpty()) {
      return;
    }
    text.append("- ").append(title).append(":\n");
    for (DatedInstruction instruction : instructions) {
      text.append("  - ").append(capitalised(PlainWords.range(instruction.days()))).append(": ")
          .append(md(instruction.text())).append('\n');
    }
  }

  private void expectations() {
    // Without sessions (an ineligible patient) there is no result to keep and nothing to estimate.
    boolean showMaintenance = plan.maintenance().isPresent() && !plan.sessions().isEmpty();
    if (plan.results().isEmpty() && !showMaintenance) {
      return;
    }
    text.append("## What to expect, and when\n\n");
    for (ResultWindow result : plan.results()) {
      text.append("- ").append(PlainWords.phase(result.phase())).append(": ")
          .append(PlainWords.range(result.days()));
      result.treatment().flatMap(this::name).ifPresent(name -> text.append(" (").append(name).append(')'));
      text.append('.');
      result.note().ifPresent(note -> text.append(' ').append(md(note)));
      text.append('\n');
    }
    plan.maintenance().filter(m -> showMaintenance).ifPresent(m -> {
      text.append("- Keeping the result: ").append(md(m.text()));
      m.days().ifPresent(d -> text.append(" (").append(PlainWords.range(d)).append(')'));
      text.append('\n');
    });
    if (!plan.results().isEmpty()) {
      text.append("\nResults differ from person to person; these dates are estimates.\n");
    }
    text.append('\n');
  }

  private void risks() {
    if (plan.risks().isEmpty()) {
      return;
    }
    text.append("## Possible side effects\n\n");
    for (Risk risk : plan.risks()) {
      text.append("- ").append(md(risk.text())).append(" (").append(PlainWords.likelihood(risk.likelihood()));
      risk.resolvesInDays().ifPresent(d ->
          text.append("; usually clears within ")
              .append(d.min() == d.max() ? d.max() + "" : d.min() + " to " + d.max())
              .append(d.max() == 1 ? " day" : " days"));
      risk.treatment().flatMap(this::name).ifPresent(name -> text.append("; ").append(name));
      text.append(")\n");
    }
    text.append('\n');
  }

  private void contact(Optional<Clinic> clinic) {
    text.append("## Whom to call\n\n");
    Optional<String> name = clinic.flatMap(Clinic::name);
    Optional<String> phone = clinic.flatMap(Clinic::phone);
    text.append("If you have a question, or anything worries you after a session, call ")
        .append(name.map(Handout::md).orElse("the clinic that gave you this plan"));
    phone.ifPresent(p -> text.append(" on ").append(md(p)));
    text.append(".\nIn an emergency, call your local emergency number.\n");
  }

  private String nameOf(String treatmentId) {
    return plan.treatments().stream()
        .filter(ref -> ref.id().equals(treatmentId))
        .map(TreatmentRef::name)
        .findFirst()
        .map(Handout::md)
        .orElse(md(treatmentId));
  }

  private String treatmentNames() {
    if (plan.treatment().isPresent()) {
      return md(plan.treatment().get().name());
    }
    return String.join(" and ", plan.treatments().stream().map(TreatmentRef::name).map(Handout::md).toList());
  }

  /** The name of a treatment of a combined plan, from its id. */
  private Optional<String> name(String id) {
    return plan.treatments().stream().filter(t -> t.id().equals(id)).map(TreatmentRef::name).map(Handout::md).findFirst();
  }

  /** Text from the plan or the request, escaped for Markdown. */
  private static String md(String text) {
    return MarkdownText.escape(text);
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
