package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regimen.protocol.SampleDocuments.array;
import static org.regimen.protocol.SampleDocuments.problemsOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.Condition;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.SkinType;

/** The coverage matrix in data (issue 10): every recordable fact has a verdict, or the load fails. */
class CoverageTest {
  private final ObjectNode doc = SampleDocuments.protocol();

  private Protocol parse() {
    return ProtocolLoader.parse("test.json", SampleDocuments.stream(doc), Glossary.standard(), Baseline.standard());
  }

  @Test
  void theFactsAreReadFromTheRequestModelSoANewValueIsAFactAtOnce() {
    List<Fact> all = FactKind.allFacts();
    for (Enum<?> value : List.<Enum<?>[]>of(
            Condition.values(), MedicationKind.values(), Allergy.values(), AreaCondition.values(),
            org.regimen.request.ProcedureKind.values(), PregnancyStatus.values(), Fitzpatrick.values(),
            SkinType.values())
        .stream().flatMap(Arrays::stream).toList()) {
      assertThat(all.stream().map(Fact::value)).as("a fact for %s", value).contains(value.name());
    }
    assertThat(FactKind.LAB_RESULT.facts()) // only the pairings the request accepts, a value for a measured test
        .hasSize(Arrays.stream(LabTest.values()).mapToInt(t -> t.isMeasured() ? 1 : t.outcomes().size()).sum());
    assertThat(Fact.parse("labResult:PLATELET_COUNT:VALUE")).isPresent();
    assertThat(Fact.parse("labResult:PLATELET_COUNT:NORMAL")).isEmpty();
    assertThat(FactKind.LIFESTYLE.facts()).extracting(Fact::key)
        .containsExactly("lifestyle:frequentSolarium", "lifestyle:smoker");
    assertThat(Fact.parse("labResult:HIV:POSITIVE")).contains(new Fact(FactKind.LAB_RESULT, "HIV:POSITIVE"));
    assertThat(Fact.parse("condition:NO_SUCH")).isEmpty();
  }

  @Test
  void aFactWithoutAVerdictFailsTheLoadNamingTheResourceAndEachFact() {
    doc.remove("notRelevant");
    assertThatThrownBy(this::parse)
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("test.json")
        .hasMessageContaining("fact 'labResult:BLOOD_BIOCHEMISTRY:NORMAL' has no verdict")
        .hasMessageContaining("fact 'lifestyle:smoker' has no verdict")
        .hasMessageContaining("fact 'skinType:DRY' has no verdict");
    // The baseline judges every condition, medication and allergy: none of them is named.
    assertThat(problemsOf(this::parse)).noneMatch(p -> p.contains("'condition:") || p.contains("'allergy:"));
  }

  @Test
  void factsNamedOneByOneCoverExactlyThemselves() {
    doc.remove("notRelevant");
    doc.putArray("notRelevant").addObject()
        .put("source", "regimen-default").put("words", "Test reason.")
        .putArray("facts").add("labResult").add("lifestyle").add("phototype").add("skinType").add("reproductive");
    Protocol protocol = parse();
    Map<Fact, Coverage.Verdict> verdicts = Coverage.verdicts(protocol, Baseline.standard());
    assertThat(verdicts.values()).allMatch(Coverage.Verdict::judged);
    Coverage.Verdict cancer = verdicts.get(new Fact(FactKind.CONDITION, "CANCER"));
    assertThat(cancer.rules()).extracting(Coverage.RuleVerdict::code, Coverage.RuleVerdict::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CANCER", FindingSeverity.RELATIVE),
            // A cancer recorded as resolved is history: a precaution of its own (issue 12).
            org.assertj.core.groups.Tuple.tuple("CANCER_HISTORY", FindingSeverity.PRECAUTION));
    assertThat(cancer.notRelevant()).isEmpty();
    // The sample's own LAB_TESTS rule reads every result of its tests: a whole-kind declaration
    // leaves them to it, and it applies to the tests the rule does not require.
    assertThat(verdicts.get(new Fact(FactKind.LAB_RESULT, "HIV:NEGATIVE")).rules())
        .extracting(Coverage.RuleVerdict::code).containsExactly("LAB_TESTS");
    assertThat(verdicts.get(new Fact(FactKind.LAB_RESULT, "BLOOD_BIOCHEMISTRY:NORMAL")).notRelevant()).isPresent();
  }

  @Test
  void aFactBothJudgedAndNotRelevantOrDeclaredTwiceOrUnknownIsAnError() {
    array(doc, "notRelevant").addObject()
        .put("source", "regimen-default").put("words", "Test reason.")
        .putArray("facts").add("condition:NO_SUCH").add("nosuchkind");
    assertThat(problemsOf(this::parse))
        .contains(
            "notRelevant[1].facts: 'condition:NO_SUCH' is not a fact: write kind:VALUE (e.g."
                + " condition:CANCER, labResult:HIV:NEGATIVE, lifestyle:smoker) or a bare kind; kinds:"
                + " condition, medication, allergy, areaFinding, procedure, labResult, pregnancy,"
                + " menstruation, reproductive, lifestyle, phototype, skinType")
        .anyMatch(p -> p.startsWith("notRelevant[1].facts: 'nosuchkind' is not a fact"));
    array(doc, "notRelevant").remove(1);
    array(doc, "notRelevant").addObject()
        .put("source", "regimen-default").put("words", "Test reason.")
        .putArray("facts").add("condition:CANCER").add("lifestyle:smoker");
    array(doc, "notRelevant").addObject()
        .put("source", "regimen-default").put("words", "Another reason.")
        .putArray("facts").add("lifestyle:smoker");
    assertThat(problemsOf(this::parse))
        .containsExactly(
            "notRelevant[1].facts: 'condition:CANCER' is declared not relevant, but rule CANCER reacts"
                + " to it: a fact is either judged by a rule or not relevant",
            "notRelevant[2].facts: 'lifestyle:smoker' is declared not relevant twice");
  }

  @Test
  void withoutABaselineTheVerdictsAreNotChecked() {
    doc.remove("notRelevant");
    assertThat(SampleDocuments.parse(doc).notRelevant()).isEmpty();
  }

  @Test
  void eachRuleKindJudgesTheFactsItsParametersName() {
    ScreeningRule labResult =
        rule(RuleKind.LAB_RESULT).addTests(LabTest.HIV).addOutcomes(LabOutcome.POSITIVE).build();
    assertThat(Coverage.factsOf(labResult)).extracting(Fact::key).containsExactly("labResult:HIV:POSITIVE");
    ScreeningRule labTests = rule(RuleKind.LAB_TESTS).addTests(LabTest.SYPHILIS).build();
    assertThat(Coverage.factsOf(labTests)).extracting(Fact::key)
        .containsExactly("labResult:SYPHILIS:NEGATIVE", "labResult:SYPHILIS:POSITIVE",
            "labResult:SYPHILIS:INDETERMINATE");
    ScreeningRule pregnancy = rule(RuleKind.PREGNANCY).addPregnancy(PregnancyStatus.PREGNANT).build();
    assertThat(Coverage.factsOf(pregnancy)).extracting(Fact::key)
        .containsExactly("pregnancy:NONE", "pregnancy:PREGNANT", "pregnancy:UNKNOWN");
    ScreeningRule assessment =
        rule(RuleKind.ASSESSMENT)
            .when(Match.builder().addFitzpatrick(Fitzpatrick.V).smoker(true).frequentSolarium(false).build())
            .build();
    assertThat(Coverage.factsOf(assessment)).extracting(Fact::key)
        .containsExactly("lifestyle:smoker", "phototype:V");
    assertThat(Coverage.factsOf(rule(RuleKind.AGE).minAgeYears(18).build())).isEmpty();
  }

  private static ImmutableScreeningRule.Builder rule(RuleKind kind) {
    return ScreeningRule.builder().kind(kind).code("C").severity(FindingSeverity.RELATIVE)
        .message("m").action("a").basis(Basis.of(Basis.REGIMEN_DEFAULT, "w"));
  }
}
