package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.protocol.Coverage;
import org.regimen.protocol.Fact;
import org.regimen.protocol.FactKind;
import org.regimen.protocol.ReproductiveState;
import org.regimen.protocol.Baseline;
import org.regimen.spi.TreatmentModule;

/** The intake Questionnaire asks what the rules use (docs/screening-matrix.md) and validates. */
class IntakeQuestionnaireTest {
  static List<TreatmentModule> modules() {
    return SamplePlans.REGIMEN.catalog().modules();
  }

  @ParameterizedTest
  @MethodSource("modules")
  void eachTherapysQuestionnaireValidatesWithoutErrors(TreatmentModule module) {
    assertThat(Validation.errors(IntakeQuestionnaire.of(module).toQuestionnaire())).isEmpty();
  }

  @Test
  void theQuestionnaireForEveryTherapyValidatesWithoutErrors() {
    Questionnaire all = IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog()).toQuestionnaire();
    assertThat(Validation.errors(all)).isEmpty();
    assertThat(find(all, "treatment")).isPresent();
  }

  @Test
  void theGeneratedCodeSystemsValidate() {
    for (var system : IntakeQuestionnaire.codeSystems()) {
      assertThat(Validation.errors(system)).as(system.getUrl()).isEmpty();
    }
  }

  /** Every fact a rule of the therapy reacts to is an answer option (or a question), and no other. */
  @ParameterizedTest
  @MethodSource("modules")
  void everyJudgedFactIsAskedAndNoFactDeclaredNotRelevantEverywhere(TreatmentModule module) {
    IntakeQuestionnaire intake = IntakeQuestionnaire.of(module);
    Set<Fact> judged =
        Coverage.verdicts(module.protocol(), Baseline.standard()).values().stream()
            .filter(v -> !v.rules().isEmpty())
            .map(Coverage.Verdict::fact)
            .collect(Collectors.toSet());
    assertThat(intake.askedFacts()).containsAll(judged);
    Questionnaire questionnaire = intake.toQuestionnaire();
    for (Fact fact : intake.askedFacts()) {
      assertThat(asks(questionnaire, fact)).as(fact.key()).isTrue();
    }
    // Listed options of the list questions are exactly the asked facts of their kind.
    assertThat(optionCodes(questionnaire, "patient.conditions"))
        .containsExactlyElementsOf(values(intake, FactKind.CONDITION));
    assertThat(optionCodes(questionnaire, "patient.allergies"))
        .containsExactlyElementsOf(values(intake, FactKind.ALLERGY));
  }

  /** 004 keeps sessions off period days; 000/003 (PRP) do not: only plasma's intake asks the cycle. */
  @Test
  void onlyTheTherapiesThatUseTheCycleAskForIt() {
    assertThat(find(questionnaire("plasma"), "patient.menstruation")).isPresent();
    assertThat(find(questionnaire("prp"), "patient.menstruation")).isEmpty();
    // 004 counts the visits by skin type: plasma's course rules read it, so its intake asks it.
    assertThat(find(questionnaire("plasma"), "patient.skin.type")).isPresent();
    assertThat(find(questionnaire("prp"), "patient.skin.type")).isEmpty();
  }

  @Test
  void aMedicinesDatesFollowItsChoice() {
    Questionnaire plasma = questionnaire("plasma");
    QuestionnaireItemComponent until = find(plasma, "patient.medications[kind=ANTIBIOTIC].until").orElseThrow();
    assertThat(until.getEnableWhen()).singleElement().satisfies(w -> {
      assertThat(w.getQuestion()).isEqualTo("patient.medications[*].kind");
      assertThat(w.getOperator()).isEqualTo(QuestionnaireItemOperator.EQUAL);
      assertThat(((Coding) w.getAnswer()).getCode()).isEqualTo("ANTIBIOTIC");
    });
    assertThat(find(plasma, "patient.medications[kind=ANTIBIOTIC].from")).isPresent();
    // A rule may read more than the latest result (an earlier positive one): one repetition per result.
    assertThat(find(plasma, "patient.labResults[test=HIV]").orElseThrow().getRepeats()).isTrue();
    assertThat(find(plasma, "patient.labResults[test=HIV].date").orElseThrow().getRequired()).isTrue();
  }

  @Test
  void pregnancyIsNeverAskedOfAMan() {
    QuestionnaireItemComponent pregnancy = find(questionnaire("prp"), "patient.pregnancy").orElseThrow();
    assertThat(pregnancy.getEnableWhen())
        .anySatisfy(w -> {
          assertThat(w.getOperator()).isEqualTo(QuestionnaireItemOperator.NOT_EQUAL);
          assertThat(((Coding) w.getAnswer()).getCode()).isEqualTo("MALE");
        });
  }

  @Test
  void everyLinkIdIsUnique() {
    Questionnaire all = IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog()).toQuestionnaire();
    List<String> ids = new ArrayList<>();
    flatten(all.getItem()).forEach(i -> ids.add(i.getLinkId()));
    assertThat(ids).doesNotHaveDuplicates();
  }

  static Questionnaire questionnaire(String id) {
    return IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog().module(id).orElseThrow()).toQuestionnaire();
  }

  private static List<String> values(IntakeQuestionnaire intake, FactKind kind) {
    return kind.facts().stream().filter(intake.askedFacts()::contains).map(Fact::value).toList();
  }

  private static List<String> optionCodes(Questionnaire questionnaire, String linkId) {
    return find(questionnaire, linkId).map(i -> i.getAnswerOption().stream()
            .map(o -> o.getValueCoding())
            .filter(c -> !c.getSystem().equals(ContractCodes.INTAKE_ANSWER))
            .map(Coding::getCode).toList())
        .orElse(List.of());
  }

  /** A fact is asked when an item offers it as an option or is its question. */
  private static boolean asks(Questionnaire questionnaire, Fact fact) {
    return flatten(questionnaire.getItem()).stream().anyMatch(item -> switch (fact.kind()) {
      case LAB_RESULT -> fact.value().endsWith(":" + FactKind.MEASURED_VALUE)
          ? item.getLinkId().equals("patient.labResults[test=" + fact.value().split(":")[0] + "].value")
              && item.getType() == Questionnaire.QuestionnaireItemType.DECIMAL
          : item.getLinkId().equals("patient.labResults[test=" + fact.value().split(":")[0] + "].result")
              && item.getAnswerOption().stream().anyMatch(o -> o.getValueCoding().getCode().equals(fact.value().split(":")[1]));
      // CYCLE is the regular cycle's days; IRREGULAR and NONE are options of the pattern.
      case MENSTRUATION -> fact.value().equals("CYCLE")
          ? item.getLinkId().equals("patient.menstruation.lastStart")
          : item.getLinkId().equals("patient.menstruation.cycle") && offers(item, fact.value());
      // One repeating group per kind: a repetition is one procedure of that kind (area and day).
      case PROCEDURE -> item.getLinkId().equals("patient.procedures[kind=" + fact.value() + "]")
          && item.getRepeats();
      case REPRODUCTIVE -> switch (ReproductiveState.valueOf(fact.value())) {
        case TRYING_TO_CONCEIVE -> item.getLinkId().equals("patient.reproductive.tryingToConceive");
        case POSTPARTUM -> item.getLinkId().equals("patient.reproductive.deliveredOn");
        default -> item.getLinkId().equals("patient.reproductive.pregnancyTest.result")
            && offers(item, fact.value().substring("PREGNANCY_TEST_".length()));
      };
      case LIFESTYLE -> item.getLinkId().equals("patient.lifestyle." + fact.value());
      default -> item.getAnswerOption().stream().anyMatch(o -> o.hasValueCoding()
          && o.getValueCoding().getCode().equals(fact.value())
          && item.getLinkId().startsWith("patient."));
    });
  }

  private static boolean offers(QuestionnaireItemComponent item, String code) {
    return item.getAnswerOption().stream().anyMatch(o -> o.hasValueCoding() && o.getValueCoding().getCode().equals(code));
  }

  static Optional<QuestionnaireItemComponent> find(Questionnaire questionnaire, String linkId) {
    return flatten(questionnaire.getItem()).stream().filter(i -> i.getLinkId().equals(linkId)).findFirst();
  }

  static List<QuestionnaireItemComponent> flatten(List<QuestionnaireItemComponent> items) {
    List<QuestionnaireItemComponent> all = new ArrayList<>();
    for (QuestionnaireItemComponent item : items) {
      all.add(item);
      all.addAll(flatten(item.getItem()));
    }
    return all;
  }
}
