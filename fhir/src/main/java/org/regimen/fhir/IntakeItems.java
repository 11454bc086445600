package org.regimen.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.regimen.protocol.Fact;
import org.regimen.protocol.FactKind;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ConditionStatus;
import org.regimen.request.CyclePattern;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Indication;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeStage;
import org.regimen.spi.ModuleDescriptor;

/**
 * The items of the intake Questionnaire, from the facts to ask ({@link IntakeFacts}). Each kind of
 * fact has its questions in {@link #questions}, a switch expression over {@link FactKind}: a kind
 * added to core does not compile here until it has its questions. The values asked within a kind
 * come from the facts themselves, so a value added to an enum is asked without a change here.
 */
final class IntakeItems {
  /** The key of a condition's object in {@code patient.conditions} (a bare code otherwise). */
  static final String CONDITION_KEY = "code";

  /** The indications whose severity has its own question ({@code striae}, {@code laxity}). */
  private static final Set<Indication> OWN_ASSESSMENT = Set.of(Indication.STRETCH_MARKS, Indication.SKIN_LAXITY);

  static final String OPTION_EXCLUSIVE =
      "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

  private IntakeItems() {}

  /** The request's own questions: what to treat, where, from when, and how the marks look. */
  static List<QuestionnaireItemComponent> request(
      List<ModuleDescriptor> treatments, Set<Indication> indications, Set<BodyArea> areas) {
    List<QuestionnaireItemComponent> items = new ArrayList<>();
    if (!treatments.isEmpty()) {
      // Only in the questionnaire for every therapy; unanswered, the request is a comparison.
      QuestionnaireItemComponent treatment =
          question("treatment", "Which treatment is asked for? (leave empty to compare every treatment)",
              QuestionnaireItemType.CHOICE);
      treatments.forEach(
          m -> treatment.addAnswerOption().setValue(new Coding(RegimenCodes.TREATMENT, m.id(), m.name())));
      items.add(treatment);
    }
    items.add(choice("indication", "What is to be treated?", indications, false, false).setRequired(true));
    items.add(choice("areas", "Which areas are to be treated?", areas, true, false).setRequired(true));
    items.add(question("earliestStart", "The first day the patient could come", QuestionnaireItemType.DATE));
    if (indications.contains(Indication.STRETCH_MARKS)) {
      QuestionnaireItemComponent striae = group("striae", "The stretch marks");
      striae.addItem(choice("striae.stage", "Their colour: red or purple (recent), or white (mature)",
          List.of(StriaeStage.values()), false, false));
      striae.addItem(question("striae.ageMonths", "Their age in months", QuestionnaireItemType.INTEGER));
      striae.addItem(choice("striae.severity", "Their severity", List.of(Severity.values()), false, false));
      items.add(whenEquals(striae, "indication", ContractCodes.coding(Indication.STRETCH_MARKS)));
    }
    if (indications.contains(Indication.SKIN_LAXITY)) {
      QuestionnaireItemComponent laxity = group("laxity", "The skin laxity");
      laxity.addItem(choice("laxity.severity", "Its severity", List.of(Severity.values()), false, false));
      items.add(whenEquals(laxity, "indication", ContractCodes.coding(Indication.SKIN_LAXITY)));
    }
    List<Indication> others = indications.stream().filter(i -> !OWN_ASSESSMENT.contains(i)).sorted().toList();
    if (!others.isEmpty()) {
      // The general assessment (contract: assessment.severity) for every other indication: it
      // chooses the course where the protocol has rows for it.
      QuestionnaireItemComponent assessment = group("assessment", "The assessment");
      assessment.addItem(choice("assessment.severity", "Its severity", List.of(Severity.values()), false, false));
      others.forEach(i -> whenEquals(assessment, "indication", ContractCodes.coding(i)));
      if (others.size() > 1) {
        assessment.setEnableBehavior(EnableWhenBehavior.ANY);
      }
      items.add(assessment);
    }
    items.add(areaSeverities(areas));
    return items;
  }

  /**
   * Per-area severities (contract: {@code assessment.areas}): one question per area offered, shown
   * once that area is chosen and answered only where the area differs from the others. Its answer
   * replaces the general severity (of the stretch marks, the laxity or the assessment) for that area,
   * and the course follows the most severe area planned.
   */
  private static QuestionnaireItemComponent areaSeverities(Set<BodyArea> areas) {
    String list = "assessment.areas";
    QuestionnaireItemComponent group =
        group(list, "Where one area is more or less severe than the others (leave the rest empty)");
    areas.stream().sorted().forEach(area -> {
      Coding coding = ContractCodes.coding(area);
      QuestionnaireItemComponent severity =
          choice(LinkIds.keyed(list, "area", area.name(), "severity"),
              "The severity in this area: " + coding.getDisplay(), List.of(Severity.values()), false, false);
      group.addItem(whenEquals(severity, "areas", coding));
    });
    return group;
  }

  /** The patient group: birth date and sex, then the questions for every fact to ask. */
  static QuestionnaireItemComponent patient(Set<Fact> asked) {
    QuestionnaireItemComponent patient = group("patient", "The patient");
    patient.addItem(question("patient.birthDate", "Date of birth", QuestionnaireItemType.DATE));
    patient.addItem(choice("patient.sex", "Sex", List.of(Sex.values()), false, false));
    for (FactKind kind : FactKind.values()) {
      List<String> values = asked.stream().filter(f -> f.kind() == kind).map(Fact::value).toList();
      if (!values.isEmpty()) {
        questions(kind, values).forEach(patient::addItem);
      }
    }
    return patient;
  }

  /** The questions for the facts of one kind that are asked ({@code values}, in the model's order). */
  static List<QuestionnaireItemComponent> questions(FactKind kind, List<String> values) {
    return switch (kind) {
      case CONDITION -> conditions(constants(Condition.class, values));
      case MEDICATION -> medications(constants(MedicationKind.class, values));
      case ALLERGY -> List.of(choice("patient.allergies", "Which of these are you allergic to?",
          constants(Allergy.class, values), true, true));
      case AREA_FINDING -> areaFindings(constants(AreaCondition.class, values));
      case PROCEDURE -> procedures(constants(ProcedureKind.class, values));
      case LAB_RESULT -> labResults(values);
      case PREGNANCY -> List.of(notMale(choice("patient.pregnancy", "Are you pregnant or breastfeeding?",
          List.of(PregnancyStatus.values()), false, false)));
      case MENSTRUATION -> List.of(menstruation());
      case REPRODUCTIVE -> List.of(reproductive());
      case LIFESTYLE -> values.stream().map(IntakeItems::lifestyle).toList();
      case PHOTOTYPE -> List.of(choice("patient.skin.fitzpatrick", "Skin phototype (Fitzpatrick)",
          List.of(Fitzpatrick.values()), false, false));
      case SKIN_TYPE -> List.of(choice("patient.skin.type", "Skin type", List.of(SkinType.values()), false, false));
    };
  }

  private static List<QuestionnaireItemComponent> medications(List<MedicationKind> kinds) {
    String list = "patient.medications";
    String selector = LinkIds.selector(list, "kind");
    List<QuestionnaireItemComponent> items = new ArrayList<>();
    items.add(choice(selector, "Which of these medicines or supplements do you take, or took recently?",
        kinds, true, true));
    for (MedicationKind kind : kinds) {
      Coding chosen = ContractCodes.coding(kind);
      String name = chosen.getDisplay();
      // Every attribute of a medicine the request records; MedicationFollowUpsTest fails when the
      // request model's Medication gains one that is not asked here.
      items.add(whenEquals(question(LinkIds.keyed(list, "kind", kind.name(), "from"),
          name + ": first day of the course", QuestionnaireItemType.DATE), selector, chosen));
      items.add(whenEquals(question(LinkIds.keyed(list, "kind", kind.name(), "until"),
          name + ": last day of the course (leave empty if ongoing)", QuestionnaireItemType.DATE),
          selector, chosen));
      items.add(whenEquals(question(LinkIds.keyed(list, "kind", kind.name(), "prescribed"),
          name + ": prescribed by a doctor?", QuestionnaireItemType.BOOLEAN), selector, chosen));
      if (kind.isLocal()) {
        // The one local medicine: where it was given (the request requires it for this kind only).
        items.add(whenEquals(choice(LinkIds.keyed(list, "kind", kind.name(), "area"),
            name + ": where was it given?", List.of(BodyArea.values()), false, false).setRequired(true),
            selector, chosen));
      }
    }
    return items;
  }

  /**
   * Which conditions, then for each one chosen its status and since when (the request's {@code
   * {code, status, since}}): unanswered, the condition stays a bare code, judged as active.
   */
  private static List<QuestionnaireItemComponent> conditions(List<Condition> conditions) {
    String list = "patient.conditions";
    List<QuestionnaireItemComponent> items = new ArrayList<>();
    items.add(choice(list, "Which of these conditions do you have, or had?", conditions, true, true));
    for (Condition condition : conditions) {
      Coding chosen = ContractCodes.coding(condition);
      String name = chosen.getDisplay();
      // Every attribute of ConditionDetail; IntakeResponseTest fails when it gains one not asked here.
      items.add(whenEquals(choice(LinkIds.keyed(list, CONDITION_KEY, condition.name(), "status"),
          name + ": is it active, controlled by treatment, in remission, or over? (leave empty if not sure)",
          List.of(ConditionStatus.values()), false, false), list, chosen));
      items.add(whenEquals(question(LinkIds.keyed(list, CONDITION_KEY, condition.name(), "since"),
          name + ": since when has it been so (the diagnosis, or the first day of the remission)?",
          QuestionnaireItemType.DATE), list, chosen));
    }
    return items;
  }

  private static List<QuestionnaireItemComponent> areaFindings(List<AreaCondition> findings) {
    String list = "patient.areaFindings";
    String selector = LinkIds.selector(list, "finding");
    List<QuestionnaireItemComponent> items = new ArrayList<>();
    items.add(choice(selector, "Do you have any of these on your skin?", findings, true, true));
    for (AreaCondition finding : findings) {
      Coding chosen = ContractCodes.coding(finding);
      items.add(whenEquals(choice(LinkIds.keyed(list, "finding", finding.name(), "area"),
          chosen.getDisplay() + ": where?", List.of(BodyArea.values()), true, false).setRequired(true),
          selector, chosen));
    }
    return items;
  }

  /**
   * A repeating group per test, one repetition per result on file: a rule may read more than the
   * latest result (an earlier positive one, 004's required tests).
   */
  private static List<QuestionnaireItemComponent> labResults(List<String> testOutcomes) {
    Set<LabTest> tests = new LinkedHashSet<>();
    testOutcomes.forEach(v -> tests.add(LabTest.valueOf(v.substring(0, v.indexOf(':')))));
    List<QuestionnaireItemComponent> items = new ArrayList<>();
    String list = "patient.labResults";
    for (LabTest test : tests) {
      String name = ContractCodes.coding(test).getDisplay();
      QuestionnaireItemComponent results =
          group(LinkIds.element(list, "test", test.name()), name + " results on file (one entry per result)")
              .setRepeats(true);
      if (test.isMeasured()) {
        // The unit is the test's own and is not asked: IntakeAnswers writes it beside the value.
        results.addItem(question(LinkIds.keyed(list, "test", test.name(), "value"),
            name + ": value in " + test.unit().orElseThrow(), QuestionnaireItemType.DECIMAL).setRequired(true));
      } else {
        results.addItem(choice(LinkIds.keyed(list, "test", test.name(), "result"), name + ": result",
            List.copyOf(test.outcomes()), false, false).setRequired(true));
      }
      results.addItem(question(LinkIds.keyed(list, "test", test.name(), "date"),
          name + ": day the sample was taken", QuestionnaireItemType.DATE).setRequired(true));
      items.add(results);
    }
    return items;
  }

  /**
   * A repeating group per kind of procedure a rule reads, one repetition per procedure: the same
   * kind may have been done in two areas on two days. Unanswered leaves {@code procedures} out (not
   * known, which the screening asks to confirm); "none of these" is the known empty list.
   */
  private static List<QuestionnaireItemComponent> procedures(List<ProcedureKind> kinds) {
    String list = "patient.procedures";
    List<QuestionnaireItemComponent> items = new ArrayList<>();
    String named = kinds.stream().map(k -> ContractCodes.coding(k).getDisplay()).collect(Collectors.joining(", "));
    items.add(choice(list, "Have you had any of these procedures: " + named
        + "? Choose 'none of these' if not; otherwise add each one below.", List.of(), false, true));
    for (ProcedureKind kind : kinds) {
      String name = ContractCodes.coding(kind).getDisplay();
      QuestionnaireItemComponent done =
          group(LinkIds.element(list, "kind", kind.name()), name + " you had (one entry per treatment)")
              .setRepeats(true);
      done.addItem(choice(LinkIds.keyed(list, "kind", kind.name(), "area"), name + ": where?",
          List.of(BodyArea.values()), false, false).setRequired(true));
      done.addItem(question(LinkIds.keyed(list, "kind", kind.name(), "date"),
          name + ": the day it was done", QuestionnaireItemType.DATE).setRequired(true));
      items.add(done);
    }
    return items;
  }

  private static QuestionnaireItemComponent reproductive() {
    QuestionnaireItemComponent reproductive =
        notMale(group("patient.reproductive", "Pregnancy plans, a recent birth, a pregnancy test"));
    reproductive.addItem(question("patient.reproductive.tryingToConceive",
        "Are you trying to become pregnant?", QuestionnaireItemType.BOOLEAN));
    reproductive.addItem(question("patient.reproductive.deliveredOn",
        "If you gave birth recently: the day of the birth", QuestionnaireItemType.DATE));
    QuestionnaireItemComponent test =
        group("patient.reproductive.pregnancyTest", "Your latest pregnancy test, if any");
    test.addItem(choice("patient.reproductive.pregnancyTest.result", "Pregnancy test: result",
        List.copyOf(new java.util.TreeSet<>(PregnancyTest.OUTCOMES)), false, false));
    test.addItem(question("patient.reproductive.pregnancyTest.date",
        "Pregnancy test: day it was taken", QuestionnaireItemType.DATE));
    reproductive.addItem(test);
    return reproductive;
  }

  private static QuestionnaireItemComponent menstruation() {
    QuestionnaireItemComponent cycle = notMale(group("patient.menstruation", "Your cycle"));
    String pattern = "patient.menstruation.cycle";
    cycle.addItem(choice(pattern, "Is your cycle regular, irregular, or do you have none (menopause,"
        + " hysterectomy, continuous contraception)?", List.of(CyclePattern.values()), false, false));
    // The days of a regular cycle (the default when the pattern is not answered).
    List<QuestionnaireItemComponent> days = List.of(
        question("patient.menstruation.lastStart", "First day of the last period", QuestionnaireItemType.DATE),
        question("patient.menstruation.cycleDays", "Days from one period to the next", QuestionnaireItemType.INTEGER),
        question("patient.menstruation.periodDays", "Days a period lasts", QuestionnaireItemType.INTEGER));
    for (QuestionnaireItemComponent day : days) {
      day.addEnableWhen().setQuestion(pattern).setOperator(QuestionnaireItemOperator.EXISTS)
          .setAnswer(new BooleanType(false));
      whenEquals(day, pattern, ContractCodes.coding(CyclePattern.REGULAR)).setEnableBehavior(EnableWhenBehavior.ANY);
      cycle.addItem(day);
    }
    return cycle;
  }

  private static QuestionnaireItemComponent lifestyle(String attribute) {
    String text = switch (attribute) {
      case "smoker" -> "Do you smoke?";
      case "frequentSolarium" -> "Do you use a solarium (tanning bed) often?";
      default -> "Lifestyle: " + attribute + "?"; // an attribute new to core: asked in its own words
    };
    return question("patient.lifestyle." + attribute, text, QuestionnaireItemType.BOOLEAN);
  }

  /** Not asked of a patient recorded as male: a man is never asked to confirm pregnancy. */
  private static QuestionnaireItemComponent notMale(QuestionnaireItemComponent item) {
    item.addEnableWhen().setQuestion("patient.sex").setOperator(QuestionnaireItemOperator.EXISTS)
        .setAnswer(new BooleanType(false));
    item.addEnableWhen().setQuestion("patient.sex").setOperator(QuestionnaireItemOperator.NOT_EQUAL)
        .setAnswer(ContractCodes.coding(Sex.MALE));
    return item.setEnableBehavior(EnableWhenBehavior.ANY);
  }

  private static QuestionnaireItemComponent whenEquals(
      QuestionnaireItemComponent item, String question, Coding answer) {
    item.addEnableWhen().setQuestion(question).setOperator(QuestionnaireItemOperator.EQUAL).setAnswer(answer);
    return item;
  }

  static QuestionnaireItemComponent question(String linkId, String text, QuestionnaireItemType type) {
    return new QuestionnaireItemComponent().setLinkId(linkId).setText(text).setType(type);
  }

  private static QuestionnaireItemComponent group(String linkId, String text) {
    return question(linkId, text, QuestionnaireItemType.GROUP);
  }

  private static QuestionnaireItemComponent choice(
      String linkId, String text, Collection<? extends Enum<?>> options, boolean repeats, boolean noneOfThese) {
    QuestionnaireItemComponent item = question(linkId, text, QuestionnaireItemType.CHOICE).setRepeats(repeats);
    options.forEach(o -> item.addAnswerOption().setValue(ContractCodes.coding(o)));
    if (noneOfThese) {
      // Unanswered is "not known"; "none of these" is the request's [] ("known: none").
      item.addAnswerOption()
          .setValue(ContractCodes.noneOfThese())
          .addExtension(new Extension(OPTION_EXCLUSIVE, new BooleanType(true)));
    }
    return item;
  }

  private static <E extends Enum<E>> List<E> constants(Class<E> type, List<String> names) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> names.contains(c.name())).toList();
  }
}
