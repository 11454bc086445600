package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.consult.ConsultFixtures.combined;
import static org.regimen.consult.ConsultFixtures.follower;
import static org.regimen.consult.ConsultFixtures.regimen;
import static org.regimen.consult.ConsultFixtures.request;
import static org.regimen.consult.ConsultFixtures.weekly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.handout.Handout;
import org.regimen.handout.HtmlHandout;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Finding;
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.request.Clinic;
import org.regimen.request.TreatmentRequest;

class HandoutTest {
  private static final TreatmentRequest REQUEST = request(r -> r.put("treatment", "weekly"));
  private static final TreatmentPlan PLAN = regimen(weekly()).plan(REQUEST);

  @Test
  void listsDatedSessionsWithWhatToDoBeforeAndAfter() {
    String handout = Handout.markdown(PLAN, REQUEST.clinic());

    assertThat(handout)
        .startsWith("# Your treatment plan: Weekly test therapy")
        .contains("### Session 1: Monday 11 January 2027")
        .contains("### Session 4: Monday 1 February 2027")
        .contains("From Saturday 9 January 2027 to Sunday 10 January 2027: Avoid alcohol.")
        .contains("From Monday 11 January 2027 to Wednesday 13 January 2027: Keep the treated skin out of strong sun.")
        .contains("Recovery time (downtime) from Monday 11 January 2027 to Tuesday 12 January 2027")
        .contains("Treated: abdomen.");
  }

  @Test
  void saysWhatToExpectTheRisksInPlainWordsAndWhomToCall() {
    String handout = Handout.markdown(PLAN, REQUEST.clinic());

    assertThat(handout)
        .contains("## What to expect, and when")
        .contains("First visible changes: from Monday 25 January 2027 to Wednesday 10 February 2027.")
        .contains("Bruising where the needle went in. (common; usually clears within 2 to 4 days)")
        .contains("A small scar. (rare; usually clears within 30 to 90 days)")
        .contains("call Example Skin Clinic on +44 20 7946 0000.");
  }

  @Test
  void aSessionWhoseHealingFallsWhileThePatientIsAwayTellsThePatient() {
    // The scheduler's conflict when no day keeps a session's healing off an absence (issue 14):
    // the practitioner's text is not for the patient, but the patient must know before travelling.
    TreatmentPlan away =
        ImmutableTreatmentPlan.copyOf(PLAN)
            .withConflicts(
                Conflict.builder()
                    .constraint(ConstraintKind.PATIENT_UNAVAILABLE)
                    .session(2)
                    .text("the healing after session 2 falls while the patient is away")
                    .build());
    String handout = Handout.markdown(away, REQUEST.clinic());
    String sessionTwo =
        handout.substring(handout.indexOf("### Session 2"), handout.indexOf("### Session 3"));

    assertThat(sessionTwo).contains("healing after this session may still be under way while you are away");
    assertThat(handout.split("while you are away", -1)).hasSize(2);
    assertThat(handout).doesNotContain("the patient is away");
    assertThat(Handout.markdown(PLAN, REQUEST.clinic())).doesNotContain("while you are away");
    assertThat(HtmlHandout.html(away, REQUEST.clinic(), REQUEST.calendar()))
        .contains("<li>No other date was free, so healing after this session may still be under way");
  }

  @Test
  void withoutAClinicItStillSaysWhomToCall() {
    assertThat(Handout.markdown(PLAN, Optional.empty()))
        .contains("call the clinic that gave you this plan.");
    assertThat(Handout.markdown(PLAN, Optional.of(Clinic.builder().name("Skin Care Ltd").build())))
        .contains("call Skin Care Ltd.");
  }

  @Test
  void aCombinedPlanNamesEachSessionsTreatment() {
    TreatmentRequest request = combined("weekly", "follower");
    TreatmentPlan plan = regimen(weekly(), follower()).plan(request);
    String handout = Handout.markdown(plan, request.clinic());

    assertThat(handout)
        .startsWith("# Your treatment plan: Weekly test therapy and Follower test therapy")
        .contains("(Weekly test therapy)", "(Follower test therapy)")
        .contains("No other professional skin procedures in the week after the session.");
    assertNoInternalCodes(plan, handout);
  }

  @Test
  void aHeldBackPlanSaysWhyAndThatDatesAreProvisional() {
    TreatmentRequest request = request(r -> {
      r.put("treatment", "weekly");
      ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("patient").get("medications"))
          .addObject().put("kind", "ANTICOAGULANT");
    });
    TreatmentPlan plan = regimen(weekly()).plan(request);
    String handout = Handout.markdown(plan, request.clinic());

    assertThat(handout).contains("## Before we start", "provisional");
    assertNoInternalCodes(plan, handout);
  }

  /**
   * Issue 14: "The handout mixes third-person practitioner lines into 'Before we start'". Both the
   * Markdown and the HTML handout say each finding in the patient's words only (design.md, "Who
   * reads a text"), never the practitioner's message or action.
   */
  @Test
  void beforeWeStartHasOnlyThePatientsWordsInMarkdownAndHtml() {
    TreatmentRequest request = request(r -> {
      r.put("treatment", "weekly");
      ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("patient").get("medications"))
          .addObject().put("kind", "ANTICOAGULANT");
    });
    TreatmentPlan plan = regimen(weekly()).plan(request);
    String markdown = Handout.markdown(plan, request.clinic());
    String html = org.regimen.handout.HtmlHandout.html(plan, request.clinic(), request.calendar());
    assertThat(plan.eligibility().findings()).isNotEmpty();
    for (Finding finding : plan.eligibility().findings()) {
      for (String handout : List.of(markdown, html)) {
        assertThat(handout).doesNotContain(finding.message()).doesNotContain(finding.action());
      }
      finding.patientMessage().ifPresent(words -> {
        assertThat(markdown).contains(words);
        assertThat(html).contains(words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;").replace("'", "&#39;"));
      });
    }
    assertThat(html).contains("<h2>Before we start</h2>");
  }

  @Test
  void containsNoInternalCodes() {
    assertNoInternalCodes(PLAN, Handout.markdown(PLAN, REQUEST.clinic()));
  }

  private static void assertNoInternalCodes(TreatmentPlan plan, String handout) {
    List<String> codes = new ArrayList<>();
    codes.add(plan.indication().name());
    codes.add(plan.eligibility().status().name());
    plan.treatment().map(TreatmentRef::id).ifPresent(codes::add);
    plan.treatments().forEach(t -> codes.add(t.id()));
    plan.risks().stream().map(Risk::code).forEach(codes::add);
    plan.risks().forEach(r -> codes.add(r.likelihood().name()));
    plan.eligibility().findings().stream().map(Finding::code).forEach(codes::add);
    for (Session session : plan.sessions()) {
      codes.addAll(session.steps());
      codes.addAll(session.practitioners());
      session.areas().forEach(a -> codes.add(a.name()));
      session.before().stream().map(DatedInstruction::code).forEach(codes::add);
      session.after().stream().map(DatedInstruction::code).forEach(codes::add);
    }
    for (String code : codes) {
      assertThat(handout).as("internal code %s", code).doesNotContainPattern("\\b" + code + "\\b");
    }
    assertThat(handout).doesNotContain("regimen-default", "_");
  }
}
