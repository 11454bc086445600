package org.regimen.fhir;

import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Reference;
import org.regimen.plan.ResultWindow;

/**
 * An expected result as a proposed {@code Goal}: the phase in Regimen's result-phase code system, the
 * window's first day as the start and its last day as the target's due date.
 */
final class ResultGoals {
  private ResultGoals() {}

  static Goal goal(ResultWindow window, String treatmentName, Reference subject, String language) {
    Goal goal = new Goal();
    goal.setLanguage(language);
    goal.setLifecycleStatus(GoalLifecycleStatus.PROPOSED);
    String text = treatmentName + ": " + phaseWords(window) + window.note().map(n -> ". " + n).orElse("");
    goal.setDescription(RegimenCodes.concept(RegimenCodes.RESULT_PHASE, window.phase().name(), text));
    goal.setSubject(subject.copy());
    goal.setStart(new DateType(window.days().from().toString()));
    goal.addTarget().setDue(new DateType(window.days().to().toString()));
    goal.addNote().setText("Source: " + window.source() + ": \"" + window.sourceWords() + "\"");
    return goal;
  }

  private static String phaseWords(ResultWindow window) {
    return switch (window.phase()) {
      case ONSET -> "first visible change";
      case OPTIMAL -> "full effect";
      case LASTS_UNTIL -> "end of the effect";
    };
  }
}
