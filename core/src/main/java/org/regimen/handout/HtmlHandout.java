package org.regimen.handout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.regimen.request.CalendarConstraints;
import org.regimen.request.Clinic;

/**
 * The patient's handout as one self-contained HTML page: the sections of the Markdown {@link
 * Handout} plus a timeline picture ({@link TimelineSvg}), styled inline for the screen and for A4
 * paper. No scripts, no fonts or images from the network: the file works offline and prints as is.
 * Every text from the plan or the request (the clinic's name and phone included) is escaped.
 *
 * <p>Pure and deterministic: the same plan gives the same page on any machine.
 *
 * @since 0.1.0
 */
public final class HtmlHandout {
  private static final String STYLE =
      """
      @page { size: A4; margin: 15mm; }
      html { color: #000; background: #fff; }
      body { font: 11pt/1.45 sans-serif; max-width: 180mm; margin: 0 auto; padding: 12px; }
      @media print { body { padding: 0; max-width: none; } }
      h1 { font-size: 17pt; margin: 0 0 6px; }
      h2 { font-size: 13pt; margin: 18px 0 6px; border-bottom: 1px solid #000; break-after: avoid; }
      h3 { font-size: 11pt; margin: 12px 0 4px; break-after: avoid; }
      p, ul { margin: 4px 0 8px; }
      ul { padding-left: 20px; }
      .status { font-weight: bold; }
      .session { break-inside: avoid; }
      .when { font-weight: bold; }
      figure { margin: 8px 0; break-inside: avoid; }
      figure svg { display: block; width: 100%; max-width: 680px; height: auto; }
      figcaption { font-size: 9pt; }
      """;

  private final StringBuilder html = new StringBuilder(16_384);
  private final TreatmentPlan plan;

  private HtmlHandout(TreatmentPlan plan) {
    this.plan = plan;
  }

  /**
   * The page for a plan.
   *
   * @param plan the plan, as {@code Regimen.plan} gave it
   * @param clinic the request's clinic, which says whom to call; empty when the request has none
   * @param calendar the request's calendar: the patient's events and days away for the timeline
   * @return one self-contained HTML page
   */
  public static String html(TreatmentPlan plan, Optional<Clinic> clinic, CalendarConstraints calendar) {
    HtmlHandout page = new HtmlHandout(plan);
    page.head();
    page.title();
    page.wholeCourse();
    page.status();
    page.timeline(calendar);
    page.visits();
    page.sessions();
    page.expectations();
    page.risks();
    page.contact(clinic);
    page.html.append("</main>\n</body>\n</html>\n");
    return page.html.toString();
  }

  private void head() {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Your treatment plan: ").append(e(treatmentNames())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
  }

  private void title() {
    html.append("<h1>Your treatment plan: ").append(e(treatmentNames())).append("</h1>\n");
    html.append("<p class=\"status\">")
        .append(e(PlainWords.status(plan.eligibility().status(), !plan.sessions().isEmpty())))
        .append("</p>\n");
    if (plan.treatments().size() > 1) {
      html.append("<p>Your plan combines treatments. Where their instructions meet on the same days, this")
          .append(" plan gives you only the one that satisfies both.</p>\n");
    }
  }

  private void wholeCourse() {
    List<CourseRestrictions.Restriction> restrictions = CourseRestrictions.of(plan);
    if (restrictions.isEmpty()) {
      return;
    }
    html.append("<h2>For the whole course</h2>\n");
    CourseRestrictions.byDays(restrictions).forEach((days, held) -> {
      html.append("<p class=\"when\">").append(e(capitalised(PlainWords.range(days)))).append(":</p>\n<ul>\n");
      for (CourseRestrictions.Restriction restriction : held) {
        html.append("<li>").append(e(restriction.text()));
        restriction.treatment().flatMap(this::name).ifPresent(n -> html.append(" (").append(e(n)).append(')'));
        html.append("</li>\n");
      }
      html.append("</ul>\n");
    });
  }

  private void status() {
    EligibilityStatus status = plan.eligibility().status();
    List<Finding> findings = plan.eligibility().findings();
    if (status == EligibilityStatus.ELIGIBLE || findings.isEmpty()) {
      return;
    }
    html.append("<h2>Before we start</h2>\n<ul>\n");
    // The patient's words only, as in the Markdown handout: never a practitioner message.
    for (String line : PatientFindings.lines(findings)) {
      html.append("<li>").append(e(line)).append("</li>\n");
    }
    Map<String, List<BodyArea>> byTreatment = new LinkedHashMap<>();
    for (ExcludedArea excluded : plan.eligibility().excludedAreas()) {
      List<BodyArea> areas = byTreatment.computeIfAbsent(excluded.treatment().orElse(""), k -> new ArrayList<>());
      if (!areas.contains(excluded.area())) {
        areas.add(excluded.area());
      }
    }
    byTreatment.forEach((treatment, areas) -> {
      html.append("<li>These areas will not be treated");
      if (!treatment.isEmpty()) {
        html.append(" with ").append(e(name(treatment).orElse(treatment)));
      }
      html.append(": ").append(e(PlainWords.areas(areas))).append(".</li>\n");
    });
    html.append("</ul>\n");
  }

  private void timeline(CalendarConstraints calendar) {
    String svg = TimelineSvg.of(plan, calendar);
    if (svg.isEmpty()) {
      return;
    }
    html.append("<h2>Your plan at a glance</h2>\n<figure>\n").append(svg)
        .append("<figcaption>Each row is a few months. Shapes and patterns, explained under the picture,")
        .append(" tell the kinds of days apart; the dates are written out in the sections below.</figcaption>\n")
        .append("</figure>\n");
  }

  private void visits() {
    if (plan.visits().isEmpty()) {
      return;
    }
    html.append("<h2>Visits before your first session</h2>\n<ul>\n");
    for (Visit visit : plan.visits()) {
      html.append("<li><span class=\"when\">").append(e(PlainWords.visit(visit.kind()))).append(" on ")
          .append(e(PlainWords.day(visit.date()))).append(":</span> ").append(e(visit.purpose())).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private void sessions() {
    html.append("<h2>Your sessions</h2>\n");
    if (plan.sessions().isEmpty()) {
      html.append("<p>No session dates could be planned yet. The clinic will talk to you about the next steps.</p>\n");
      return;
    }
    if (plan.sessions().stream().anyMatch(Session::tentative)) {
      html.append("<p>These dates are provisional: please do not book them until the clinic confirms.</p>\n");
    }
    for (Session session : plan.sessions()) {
      html.append("<section class=\"session\">\n<h3>Session ").append(session.number()).append(": ")
          .append(e(PlainWords.day(session.date())));
      session.treatment().flatMap(this::name).ifPresent(n -> html.append(" (").append(e(n)).append(')'));
      html.append("</h3>\n<ul>\n");
      html.append("<li>Treated: ").append(e(PlainWords.areas(session.areas()))).append(".</li>\n");
      html.append("<li>About ").append(session.minutes()).append(" minutes of treatment; allow ")
          .append(session.visitMinutes()).append(" minutes for the whole visit.</li>\n");
      if (session.timeOfDay() == TimeOfDay.MORNING) {
        html.append("<li>Please come in the morning.</li>\n");
      }
      session.fastingHours().ifPresent(h ->
          html.append("<li>Do not eat for ").append(h).append(" hours before the session.</li>\n"));
      session.downtime().ifPresent(d ->
          html.append("<li>Recovery time (downtime) ").append(e(PlainWords.range(d))).append(".</li>\n"));
      Handout.awayNote(plan, session).ifPresent(note -> html.append("<li>").append(e(note)).append("</li>\n"));
      instructions("Before this session", session.before());
      instructions("After this session", session.after());
      html.append("</ul>\n</section>\n");
    }
  }

  private void instructions(String title, List<DatedInstruction> instructions) {
    if (instructions.isEmpty()) {
      return;
    }
    html.append("<li>").append(title).append(":\n<ul>\n");
    for (DatedInstruction instruction : instructions) {
      html.append("<li><span class=\"when\">").append(e(capitalised(PlainWords.range(instruction.days()))))
          .append(":</span> ").append(e(instruction.text())).append("</li>\n");
    }
    html.append("</ul>\n</li>\n");
  }

  private void expectations() {
    boolean showMaintenance = plan.maintenance().isPresent() && !plan.sessions().isEmpty();
    if (plan.results().isEmpty() && !showMaintenance) {
      return;
    }
    html.append("<h2>What to expect, and when</h2>\n<ul>\n");
    for (ResultWindow result : plan.results()) {
      html.append("<li><span class=\"when\">").append(e(PlainWords.phase(result.phase()))).append(":</span> ")
          .append(e(PlainWords.range(result.days())));
      result.treatment().flatMap(this::name).ifPresent(n -> html.append(" (").append(e(n)).append(')'));
      html.append('.');
      result.note().ifPresent(note -> html.append(' ').append(e(note)));
      html.append("</li>\n");
    }
    if (showMaintenance) {
      plan.maintenance().ifPresent(m -> {
        html.append("<li><span class=\"when\">Keeping the result:</span> ").append(e(m.text()));
        m.days().ifPresent(d -> html.append(" (").append(e(PlainWords.range(d))).append(')'));
        html.append("</li>\n");
      });
    }
    html.append("</ul>\n");
    if (!plan.results().isEmpty()) {
      html.append("<p>Results differ from person to person; these dates are estimates.</p>\n");
    }
  }

  private void risks() {
    if (plan.risks().isEmpty()) {
      return;
    }
    html.append("<h2>Possible side effects</h2>\n<ul>\n");
    for (Risk risk : plan.risks()) {
      html.append("<li>").append(e(risk.text())).append(" (").append(PlainWords.likelihood(risk.likelihood()));
      risk.resolvesInDays().ifPresent(d ->
          html.append("; usually clears within ")
              .append(d.min() == d.max() ? d.max() + "" : d.min() + " to " + d.max())
              .append(d.max() == 1 ? " day" : " days"));
      risk.treatment().flatMap(this::name).ifPresent(n -> html.append("; ").append(e(n)));
      html.append(")</li>\n");
    }
    html.append("</ul>\n");
  }

  private void contact(Optional<Clinic> clinic) {
    html.append("<h2>Whom to call</h2>\n<p>If you have a question, or anything worries you after a session, call ")
        .append(e(clinic.flatMap(Clinic::name).orElse("the clinic that gave you this plan")));
    clinic.flatMap(Clinic::phone).ifPresent(p -> html.append(" on ").append(e(p)));
    html.append(".<br>\nIn an emergency, call your local emergency number.</p>\n");
  }

  private String treatmentNames() {
    if (plan.treatment().isPresent()) {
      return plan.treatment().get().name();
    }
    return String.join(" and ", plan.treatments().stream().map(TreatmentRef::name).toList());
  }

  private Optional<String> name(String id) {
    return plan.treatments().stream().filter(t -> t.id().equals(id)).map(TreatmentRef::name).findFirst();
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String e(String text) {
    return Html.escape(text);
  }
}
