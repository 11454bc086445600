package org.regimen.planning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.ImmutableEligibility;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Course;
import org.regimen.protocol.LongBreakRule;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Sourced;
import org.regimen.protocol.StepSpec;
import org.regimen.request.AdverseEvent;
import org.regimen.request.CourseResponse;
import org.regimen.request.History;
import org.regimen.request.PastSession;

/**
 * The findings a course in progress raises: adverse events recorded after past sessions (of any
 * treatment: the same patient, the same needles and anaesthetics), the response so far, and a long
 * break. All are whole-patient findings added to the screening's eligibility, the status raised to
 * the strongest.
 *
 * <p>Why an allergic reaction or an infection after a session is {@code RELATIVE} and not
 * {@code TEMPORARY}: the history records a past event, not the patient's state today. A clinician
 * reviews it before anything is booked (the sessions stay tentative); what the review finds is
 * recorded as today's facts (an allergy, an active infection, a condition), which the screening
 * rules then judge with their own severities, deferring or ruling out as they say. A
 * {@code TEMPORARY} finding with no end would block every later plan for good, since the history
 * never forgets.
 */
final class HistoryFindings {
  static final String ALLERGIC_REACTION = "ALLERGIC_REACTION_AFTER_SESSION";
  static final String INFECTION = "INFECTION_AFTER_SESSION";
  static final String SEVERE_BRUISING = "SEVERE_BRUISING_AFTER_SESSION";
  static final String FAINTING = "FAINTING_AFTER_SESSION";
  static final String OTHER_ADVERSE = "ADVERSE_EVENT_AFTER_SESSION";
  static final String NO_RESPONSE = "NO_RESPONSE";
  static final String PARTIAL_RESPONSE = "PARTIAL_RESPONSE";
  static final String LONG_BREAK = "LONG_BREAK_IN_COURSE";

  private static final Basis REVIEW_DEFAULT =
      Basis.of(Basis.REGIMEN_DEFAULT,
          "An adverse event after an injection is reviewed by a clinician before the next one; the"
              + " sources do not say how a course continues after one.");
  private static final Basis NO_RESPONSE_DEFAULT =
      Basis.of(Basis.REGIMEN_DEFAULT,
          "No source promises a result to a patient who has not responded; going on unchanged"
              + " would repeat what did not work, so the practitioner reassesses first.");
  private static final Basis NO_EXTENSION_DEFAULT =
      Basis.of(Basis.REGIMEN_DEFAULT,
          "The protocol's sources give no extension for a partial response: the course keeps its"
              + " count and the practitioner reviews the result at its end.");

  private HistoryFindings() {}

  /** The adverse-event and response findings, before any date is planned. */
  static List<Finding> of(Protocol protocol, Course course, History history, int extendedTo) {
    Set<AdverseEvent> seen = EnumSet.noneOf(AdverseEvent.class);
    for (PastSession past : history.sessions()) {
      seen.addAll(past.adverse());
    }
    List<Finding> findings = new ArrayList<>();
    for (AdverseEvent event : seen) {
      findings.add(adverse(event, course));
    }
    history.response().ifPresent(response -> {
      if (response == CourseResponse.NONE) {
        findings.add(
            finding(NO_RESPONSE, FindingSeverity.RELATIVE,
                "No visible response to the sessions so far.",
                "Reassess the indication and the course before any further session; the remaining"
                    + " sessions are tentative until then.",
                protocol, NO_RESPONSE_DEFAULT));
      } else if (response == CourseResponse.PARTIAL) {
        Optional<Sourced<Integer>> extension = course.progress().partialResponseSessions();
        findings.add(
            extension.isPresent() && extendedTo > 0
                ? finding(PARTIAL_RESPONSE, FindingSeverity.PRECAUTION,
                    "A partial response so far: the course is extended to " + extendedTo
                        + " sessions, as the source allows.",
                    "Review the response before each added session.",
                    protocol, extension.get().basis())
                : finding(PARTIAL_RESPONSE, FindingSeverity.PRECAUTION,
                    "A partial response so far; the protocol gives no extension.",
                    "Review the result at the end of the course before planning more.",
                    protocol, NO_EXTENSION_DEFAULT));
      }
    });
    return findings;
  }

  /** The long-break rule's finding: reassess before the course goes on. */
  static Finding longBreak(Protocol protocol, LongBreakRule rule) {
    return finding(LONG_BREAK, FindingSeverity.RELATIVE, rule.message(), rule.action(), protocol, rule.basis());
  }

  /** {@code eligibility} with {@code findings} added and its status raised to the strongest. */
  static Eligibility add(Eligibility eligibility, List<Finding> findings) {
    if (findings.isEmpty()) {
      return eligibility;
    }
    EligibilityStatus status = eligibility.status();
    for (Finding finding : findings) {
      if (finding.severity().status().compareTo(status) > 0) {
        status = finding.severity().status();
      }
    }
    return ImmutableEligibility.builder().from(eligibility).status(status).addAllFindings(findings).build();
  }

  private static Finding adverse(AdverseEvent event, Course course) {
    return switch (event) {
      case ALLERGIC_REACTION -> finding(ALLERGIC_REACTION, FindingSeverity.RELATIVE,
          "An allergic reaction was recorded after a past session.",
          "Stop the course until a clinician has reviewed the reaction and its likely cause (the"
              + " anaesthetic, the antiseptic, what was injected); record any allergy found, then"
              + " re-plan. The remaining sessions are tentative until then.",
          null, REVIEW_DEFAULT);
      case INFECTION -> finding(INFECTION, FindingSeverity.RELATIVE,
          "An infection was recorded after a past session.",
          "A clinician checks that it has healed before the next session; record an infection that"
              + " is still active (it then defers the course). The remaining sessions are tentative"
              + " until then.",
          null, REVIEW_DEFAULT);
      case SEVERE_BRUISING -> finding(SEVERE_BRUISING, FindingSeverity.PRECAUTION,
          "Severe bruising was recorded after a past session.",
          "At the next session, check for blood thinners and supplements taken since, inject"
              + " gently with firm pressure afterwards, and keep the next session clear of the"
              + " patient's events.",
          null, REVIEW_DEFAULT);
      case FAINTING -> finding(FAINTING, FindingSeverity.PRECAUTION,
          "The patient fainted or nearly fainted at a past visit.",
          faintingAction(course), null, REVIEW_DEFAULT);
      case OTHER -> finding(OTHER_ADVERSE, FindingSeverity.RELATIVE,
          "An adverse event was recorded after a past session.",
          "A clinician reviews it before the next session; the remaining sessions are tentative"
              + " until then.",
          null, REVIEW_DEFAULT);
    };
  }

  private static String faintingAction(Course course) {
    boolean bloodDraw = false;
    for (StepSpec step : course.steps()) {
      bloodDraw |= step.code().equals("BLOOD_DRAW");
    }
    StringBuilder action = new StringBuilder();
    if (bloodDraw) {
      action.append("Draw the blood with the patient lying down and watch for faintness afterwards. ");
    } else {
      action.append("Treat the patient lying down and watch for faintness afterwards. ");
    }
    if (course.fastingHours().isPresent()) {
      action.append("The visit is fasting: offer a drink and a snack as soon as the procedure allows. ");
    }
    return action.append("The patient should not drive home alone.").toString();
  }

  private static Finding finding(
      String code, FindingSeverity severity, String message, String action, Protocol protocol, Basis basis) {
    return Finding.builder()
        .code(code)
        .severity(severity)
        .message(message)
        .action(action)
        .source(protocol == null ? basis.source() : SourceLabels.label(protocol, basis))
        .sourceWords(basis.words())
        .build();
  }
}
