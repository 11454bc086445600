package org.regimen.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Whether an item of the intake Questionnaire is enabled by the answers so far, for the operators
 * the intake uses ({@code exists}, {@code =}, {@code !=}); as FHIR R4 reads them, an
 * {@code =} or {@code !=} on an unanswered question is false.
 */
final class EnableWhen {
  private EnableWhen() {}

  static boolean enabled(QuestionnaireItemComponent item, Map<String, List<Type>> answers) {
    if (!item.hasEnableWhen()) {
      return true;
    }
    boolean any = item.getEnableBehavior() == EnableWhenBehavior.ANY;
    for (QuestionnaireItemEnableWhenComponent condition : item.getEnableWhen()) {
      boolean holds = holds(condition, answers.getOrDefault(condition.getQuestion(), List.of()));
      if (any && holds) {
        return true;
      }
      if (!any && !holds) {
        return false;
      }
    }
    return !any;
  }

  private static boolean holds(QuestionnaireItemEnableWhenComponent condition, List<Type> given) {
    Type expected = condition.getAnswer();
    return switch (condition.getOperator()) {
      case EXISTS -> !given.isEmpty() == ((BooleanType) expected).booleanValue();
      case EQUAL -> given.stream().anyMatch(a -> same(a, expected));
      case NOT_EQUAL -> !given.isEmpty() && given.stream().noneMatch(a -> same(a, expected));
      default -> throw new IllegalArgumentException("operator not used by the intake: " + condition.getOperator());
    };
  }

  static boolean same(Type answer, Type expected) {
    if (answer instanceof Coding a && expected instanceof Coding e) {
      return a.getSystem().equals(e.getSystem()) && a.getCode().equals(e.getCode());
    }
    return answer.equalsDeep(expected);
  }
}
