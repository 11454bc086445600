package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.FactKind;
import org.regimen.protocol.Match;
import org.regimen.request.AreaFinding;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;
import org.regimen.request.CyclePattern;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Procedure;
import org.regimen.request.Reproductive;
import org.regimen.request.Severity;
import org.regimen.request.Skin;
import org.regimen.request.TreatmentRequest;

/** A QuestionnaireResponse becomes a request: unanswered is unknown, never "no". */
class IntakeResponseTest {
  static final IntakeQuestionnaire PLASMA =
      IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog().module("plasma").orElseThrow());

  @Test
  void anUnansweredQuestionIsNotKnownNeverNo() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")));
    TreatmentRequest request = PLASMA.read(response);
    PatientProfile patient = request.patient();
    assertThat(patient.conditions()).isEmpty();
    assertThat(patient.medications()).isEmpty();
    assertThat(patient.allergies()).isEmpty();
    assertThat(patient.pregnancy()).isEmpty();
    assertThat(patient.lifestyle()).isEmpty();
    // The plan asks to confirm what screening needs (plasma, 004): never eligible on unknowns.
    TreatmentPlan plan = SamplePlans.REGIMEN.plan(request);
    assertThat(plan.eligibility().status().name()).isNotEqualTo("ELIGIBLE");
  }

  /** Procedures: "none of these" is the known empty list the screening needs to plan without a gate. */
  @Test
  void noProceduresIsAKnownEmptyListAndContradictingEntriesAreAProblem() {
    QuestionnaireResponse none = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient", item("patient.procedures", none())));
    assertThat(PLASMA.read(none).patient().procedures()).contains(List.of());

    QuestionnaireResponse filler = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient", group("patient.procedures[kind=FILLER]",
            item("patient.procedures[kind=FILLER].area", coding("body-area", "FACE")),
            item("patient.procedures[kind=FILLER].date", new DateType("2026-11-20")))));
    assertThat(PLASMA.read(filler).patient().procedures()).hasValueSatisfying(p -> assertThat(p)
        .extracting(Procedure::kind).extracting(Enum::name).containsExactly("FILLER"));

    QuestionnaireResponse both = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient", item("patient.procedures", none()), group("patient.procedures[kind=FILLER]",
            item("patient.procedures[kind=FILLER].area", coding("body-area", "FACE")),
            item("patient.procedures[kind=FILLER].date", new DateType("2026-11-20")))));
    assertThatThrownBy(() -> PLASMA.read(both))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("patient.procedures"));
  }

  @Test
  void noneOfTheseIsAKnownEmptyList() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient",
            item("patient.conditions", none()),
            item("patient.medications[*].kind", none())));
    PatientProfile patient = PLASMA.read(response).patient();
    assertThat(patient.conditions()).contains(List.of());
    assertThat(patient.medications()).contains(List.of());
  }

  @Test
  void aMedicinesFollowUpsFillItsObject() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient",
            item("patient.medications[*].kind", coding("medication-kind", "ANTIBIOTIC")),
            item("patient.medications[kind=ANTIBIOTIC].until", new DateType("2027-01-20"))));
    List<Medication> medications = PLASMA.read(response).patient().medications().orElseThrow();
    assertThat(medications).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MedicationKind.ANTIBIOTIC);
      assertThat(m.until()).hasValueSatisfying(d -> assertThat(d).hasToString("2027-01-20"));
      assertThat(m.prescribed()).isEmpty();
    });
  }

  /**
   * contract.md, "Additions for a clinic's real intake": "patient.conditions[]: a code (present,
   * status not known) or { "code", "status", "since" }". A condition whose follow-ups are answered
   * becomes the object; one without stays a bare code, judged as ACTIVE.
   */
  @Test
  void aConditionsStatusAndSinceFollowItsChoice() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient",
            item("patient.conditions", coding("condition", "CANCER"), coding("condition", "DIABETES")),
            item("patient.conditions[code=CANCER].status", coding("condition-status", "RESOLVED")),
            item("patient.conditions[code=CANCER].since", new DateType("2019-06-01"))));
    PatientProfile patient = PLASMA.read(response).patient();
    assertThat(patient.conditions()).contains(List.of(Condition.CANCER, Condition.DIABETES));
    assertThat(patient.statusOf(Condition.CANCER)).contains(ConditionStatus.RESOLVED);
    assertThat(patient.conditionDetails()).singleElement()
        .satisfies(d -> assertThat(d.since()).hasValueSatisfying(s -> assertThat(s).hasToString("2019-06-01")));
    assertThat(patient.statusOf(Condition.DIABETES)).isEmpty();
    assertThat(patient.judgedStatus(Condition.DIABETES)).isEqualTo(ConditionStatus.ACTIVE);
    QuestionnaireItemComponent status = IntakeQuestionnaireTest.find(PLASMA.toQuestionnaire(),
        "patient.conditions[code=CANCER].status").orElseThrow();
    assertThat(status.getEnableWhenFirstRep().getQuestion()).isEqualTo("patient.conditions");
    assertThat(status.getEnableWhenFirstRep().getAnswerCoding().getCode()).isEqualTo("CANCER");
  }

  @Test
  void aConditionsFollowUpWithoutItsChoiceIsAProblem() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient",
            item("patient.conditions", coding("condition", "DIABETES")),
            item("patient.conditions[code=CANCER].status", coding("condition-status", "RESOLVED"))));
    assertThatThrownBy(() -> PLASMA.read(response))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("patient.conditions[code=CANCER].status"));
  }

  /** contract.md: "measured tests (PLATELET_COUNT in 10^9/L, ...) a value and unit". */
  @Test
  void aMeasuredValueGetsItsTestsUnit() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient", group("patient.labResults[test=PLATELET_COUNT]",
            item("patient.labResults[test=PLATELET_COUNT].value", new DecimalType("95")),
            item("patient.labResults[test=PLATELET_COUNT].date", new DateType("2027-01-02")))));
    assertThat(PLASMA.read(response).patient().labResults()).singleElement().satisfies(r -> {
      assertThat(r.test()).isEqualTo(LabTest.PLATELET_COUNT);
      assertThat(r.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95"));
      assertThat(r.unit()).contains("10^9/L");
    });
  }

  /** contract.md: "menstruation.cycle: REGULAR (the default when lastStart is given), IRREGULAR, NONE". */
  @Test
  void theCyclePatternIsAskedAndTheDaysFollowARegularOne() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient", group("patient.menstruation",
            item("patient.menstruation.cycle", coding("cycle-pattern", "NONE")))));
    assertThat(PLASMA.read(response).patient().menstruation())
        .hasValueSatisfying(m -> assertThat(m.pattern()).isEqualTo(CyclePattern.NONE));
    QuestionnaireItemComponent lastStart = IntakeQuestionnaireTest.find(PLASMA.toQuestionnaire(),
        "patient.menstruation.lastStart").orElseThrow();
    assertThat(lastStart.getEnableWhen()).extracting(w -> w.getQuestion())
        .containsOnly("patient.menstruation.cycle");
    assertThat(lastStart.getEnableBehavior()).isEqualTo(Questionnaire.EnableWhenBehavior.ANY);
  }

  /** contract.md: "assessment (any indication): severity MILD, MODERATE, SEVERE". */
  @Test
  void theAssessmentsSeverityIsAskedForAnIndicationWithoutItsOwn() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("assessment", item("assessment.severity", coding("severity", "MODERATE"))));
    assertThat(PLASMA.read(response).assessment())
        .hasValueSatisfying(a -> assertThat(a.severity()).contains(Severity.MODERATE));
    // Stretch marks and laxity keep their own severity (striae.severity, laxity.severity).
    Questionnaire all = IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog()).toQuestionnaire();
    assertThat(IntakeQuestionnaireTest.find(all, "assessment").orElseThrow().getEnableWhen())
        .extracting(w -> w.getAnswerCoding().getCode())
        .doesNotContain("STRETCH_MARKS", "SKIN_LAXITY").isNotEmpty();
  }

  /** A local medicine needs its area (contract: "area for a local medicine"): a required follow-up. */
  @Test
  void aLocalMedicinesAreaIsRequired() {
    Questionnaire all = IntakeQuestionnaire.of(SamplePlans.REGIMEN.catalog()).toQuestionnaire();
    assertThat(IntakeQuestionnaireTest.find(all, "patient.medications[kind=CORTICOSTEROID_LOCAL].area")
        .orElseThrow().getRequired()).isTrue();
  }

  @Test
  void problemsNameTheLinkIdAndTheRuleNeverTheAnswer() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient",
            item("patient.conditions", coding("condition", "CANCER"), none()),
            item("patient.medications[kind=ANTIBIOTIC].until", new DateType("2027-01-20")),
            item("patient.birthDate", new DateType("1990-02"))));
    assertThatThrownBy(() -> PLASMA.read(response))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
              "patient.conditions", "patient.medications[kind=ANTIBIOTIC].until", "patient.birthDate");
          assertThat(e.problems()).extracting(Problem::message).noneMatch(m -> m.contains("1990"));
        });
  }

  @Test
  void theRequestIsValidatedAsAnyRequest() {
    // The cycle needs its three fields: the reader's own problem, at the request path.
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient", group("patient.menstruation",
            item("patient.menstruation.lastStart", new DateType("2027-01-01")))));
    assertThatThrownBy(() -> PLASMA.read(response))
        .isInstanceOfSatisfying(InvalidRequestException.class, e ->
            assertThat(e.problems()).extracting(Problem::path).contains("patient.menstruation.cycleDays"));
  }

  @Test
  void theContextGivesOnlyWhatTheFormDoesNotAsk() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")));
    TreatmentRequest request = PLASMA.read(response, "{\"id\":\"consult-1\",\"currency\":\"USD\"}");
    assertThat(request.id()).contains("consult-1");
    assertThatThrownBy(() -> PLASMA.read(response, "{\"patient\":{}}"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e ->
            assertThat(e.problems()).extracting(Problem::path).containsExactly("context"));
  }

  @Test
  void aResponseToAnotherQuestionnaireIsRefused() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")));
    response.setQuestionnaire(RegimenCodes.BASE + "Questionnaire/intake-prp");
    assertThatThrownBy(() -> PLASMA.read(response)).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void theValidatorChecksAResponseAgainstItsQuestionnaire() {
    QuestionnaireResponse response = response(item("indication", coding("indication", "DARK_CIRCLES")),
        item("areas", coding("body-area", "FACE")),
        group("patient", item("patient.conditions", coding("condition", "NOT_A_CONDITION"))));
    assertThat(Validation.errors(response)).isNotEmpty();
  }

  /**
   * Every attribute of the request model's patient is asked by some intake (given a rule that uses
   * it), or is named here with the reason it is not: an attribute added to core fails this test
   * until the intake asks it or says why not. FactKind's own values need no entry: they are options.
   */
  @Test
  void everyAttributeOfThePatientModelHasAQuestion() {
    Map<Class<?>, String> types =
        Map.ofEntries(
            Map.entry(PatientProfile.class, "patient"),
            Map.entry(ConditionDetail.class, "patient.conditions"),
            Map.entry(Medication.class, "patient.medications"),
            Map.entry(AreaFinding.class, "patient.areaFindings"),
            Map.entry(Procedure.class, "patient.procedures"),
            Map.entry(LabResult.class, "patient.labResults"),
            Map.entry(MenstrualCycle.class, "patient.menstruation"),
            Map.entry(Reproductive.class, "patient.reproductive"),
            Map.entry(PregnancyTest.class, "patient.reproductive.pregnancyTest"),
            Map.entry(Skin.class, "patient.skin"),
            Map.entry(Lifestyle.class, "patient.lifestyle"));
    // The Java model's name for what the JSON keeps in place: a condition's details are the objects
    // of patient.conditions ({"code", "status", "since"}).
    Map<String, String> jsonPath = Map.of("patient.conditionDetails", "patient.conditions");
    Set<String> possible = new TreeSet<>();
    // Filled without a question: a measured value's unit is its test's own, which the question
    // states and IntakeAnswers writes beside the value (aMeasuredValueGetsItsTestsUnit).
    possible.add("patient.labResults.unit");
    IntakeItems.patient(Set.copyOf(FactKind.allFacts())).getItem().forEach(i -> collect(i, possible));
    List<String> missing = new ArrayList<>();
    types.forEach((type, prefix) -> {
      for (String attribute : attributes(type)) {
        String path = jsonPath.getOrDefault(prefix + "." + attribute, prefix + "." + attribute);
        boolean asked = possible.contains(path)
            || possible.stream().anyMatch(p -> p.startsWith(path + "."));
        if (!asked) {
          missing.add(path);
        }
      }
    });
    assertThat(missing).as("attributes of the request model no intake question fills").isEmpty();
  }

  /** Every criterion of a course or rule condition is read by IntakeFacts or is a request question. */
  @Test
  void everyCriterionOfAConditionIsHandled() {
    Set<String> handled = Set.of(
        "indications", "stage", "severity", "minMarkAgeMonths", "maxMarkAgeMonths", "minAreas",
        "maxAreas", "skinType", "fitzpatrick", "minAgeYears", "maxAgeYears", "frequentSolarium", "smoker");
    assertThat(attributes(Match.class)).allMatch(handled::contains, "a criterion IntakeFacts reads");
  }

  private static void collect(org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent item, Set<String> into) {
    into.add(LinkIds.generic(item.getLinkId()));
    // A list's key is filled by the linkId itself (patient.labResults[test=HIV] sets test).
    LinkIds.parse(item.getLinkId()).ifPresent(l -> into.add(l.list() + "." + l.key()));
    item.getItem().forEach(i -> collect(i, into));
  }

  private static List<String> attributes(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .map(Method::getName)
        .toList();
  }

  static QuestionnaireResponse response(QuestionnaireResponseItemComponent... items) {
    QuestionnaireResponse response = new QuestionnaireResponse()
        .setQuestionnaire(PLASMA.url() + "|" + PLASMA.version())
        .setStatus(QuestionnaireResponseStatus.COMPLETED)
        .setAuthoredElement(new DateTimeType("2027-01-05T10:00:00+01:00"));
    Arrays.stream(items).forEach(response::addItem);
    return response;
  }

  static QuestionnaireResponseItemComponent item(String linkId, Type... answers) {
    QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent().setLinkId(linkId);
    Arrays.stream(answers).forEach(a -> item.addAnswer().setValue(a));
    return item;
  }

  static QuestionnaireResponseItemComponent group(String linkId, QuestionnaireResponseItemComponent... items) {
    QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent().setLinkId(linkId);
    Arrays.stream(items).forEach(group::addItem);
    return group;
  }

  static Coding coding(String system, String code) {
    return new Coding(RegimenCodes.BASE + "CodeSystem/" + system, code, null);
  }

  static Coding none() {
    return new Coding(ContractCodes.INTAKE_ANSWER, ContractCodes.NONE_OF_THESE, null);
  }
}
