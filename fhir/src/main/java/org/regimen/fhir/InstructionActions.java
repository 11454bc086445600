package org.regimen.fhir;

import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.regimen.protocol.Course;
import org.regimen.protocol.InstructionSpec;

/**
 * A course's preparation and aftercare as sub-actions of its action: what to do, in the protocol's
 * words, coded in Regimen's instruction code system. Their days depend on each session's date, so
 * they are dated only in a plan (the CarePlan's activities), not here.
 */
final class InstructionActions {
  private InstructionActions() {}

  static void add(PlanDefinitionActionComponent action, Course course) {
    for (InstructionSpec spec : course.preparation()) {
      action.addAction(instruction(spec, "Before each session"));
    }
    for (InstructionSpec spec : course.aftercare()) {
      action.addAction(instruction(spec, "After each session"));
    }
  }

  private static PlanDefinitionActionComponent instruction(InstructionSpec spec, String when) {
    PlanDefinitionActionComponent action = new PlanDefinitionActionComponent();
    action.setTitle(when);
    action.setDescription(spec.text());
    action.addCode(RegimenCodes.concept(RegimenCodes.INSTRUCTION, spec.code(), spec.text()));
    return action;
  }
}
