package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.protocol.SampleDocuments.array;
import static org.regimen.protocol.SampleDocuments.object;
import static org.regimen.protocol.SampleDocuments.problemsOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * One test per check of docs/protocol-format.md: each breaks the valid sample in one place and
 * asserts the exact {@code path: rule} reported, and that nothing else is.
 */
class ProtocolValidationTest {
  private final ObjectNode doc = SampleDocuments.protocol();

  @Test
  void theSampleIsValid() {
    assertThat(SampleDocuments.parse(doc).courses()).hasSize(2);
  }

  @Test
  void onlyFormatVersionOneIsSupported() {
    doc.put("formatVersion", 2);
    assertThat(problemsOf(doc))
        .containsExactly("formatVersion: version 2 is not supported (supported: [1])");
  }

  @Test
  void unknownKeysAreErrorsAtEveryLevel() {
    doc.put("colour", "red");
    object(doc, "courses[0]").put("colour", "red");
    object(doc, "courses[0].interval.minDays").put("note", "x");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].interval.minDays.note: is not a known key",
            "courses[0].colour: is not a known key",
            "colour: is not a known key");
  }

  @Test
  void wrongTypesNameTheExpectedType() {
    doc.put("name", 5);
    object(doc, "courses[0].steps[0]").put("optional", "yes");
    object(doc, "courses[0].interval.minDays").put("value", 1.5);
    object(doc, "courses[0]").put("areas", "FACE");
    assertThat(problemsOf(doc))
        .containsExactly(
            "name: must be a non-empty string",
            "courses[0].areas: must be a list",
            "courses[0].interval.minDays.value: must be a whole number",
            "courses[0].steps[0].optional: must be true or false");
  }

  @Test
  void missingAndNullValuesAreErrors() {
    object(doc, "courses[0]").remove("interval");
    object(doc, "courses[1]").putNull("steps");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].interval: is required",
            "courses[1].steps: must not be null (leave the key out instead)");
  }

  @Test
  void badEnumValuesListTheAllowedOnes() {
    object(doc, "courses[0].risks[1]").put("likelihood", "OFTEN");
    array(doc, "courses[0].indications").add("WARTS");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].indications[1]: must be one of STRETCH_MARKS, SKIN_LAXITY,"
                + " FINE_LINES_AND_WRINKLES, ACNE, ACNE_SCARS, SCARS, HYPERPIGMENTATION,"
                + " DARK_CIRCLES, DRY_SKIN, CELLULITE",
            "courses[0].risks[1].likelihood: must be one of COMMON, UNCOMMON, RARE");
  }

  @Test
  void requiredListsMustNotBeEmptyNorRepeat() {
    array(doc, "courses[1].steps").removeAll();
    array(doc, "courses[0].areas").add("ABDOMEN");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].areas[3]: repeats ABDOMEN", "courses[1].steps: must not be empty");
  }

  @Test
  void idAndVersionHaveTheirForm() {
    doc.put("id", "PRP");
    doc.put("version", "1.0");
    object(doc, "courses[1]").put("id", "Face Course");
    assertThat(problemsOf(doc))
        .containsExactly(
            "id: must be lower case letters, digits and '-', not 'PRP'",
            "version: must be MAJOR.MINOR.PATCH, not '1.0'",
            "courses[1].id: must be lower case letters, digits and '-', not 'Face Course'");
  }

  @Test
  void intervalDaysAreAtLeastOne() {
    object(doc, "courses[0].interval.minDays").put("value", 0);
    assertThat(problemsOf(doc)).containsExactly("courses[0].interval.minDays.value: must be at least 1");
  }

  @Test
  void intervalDaysAreOrdered() {
    object(doc, "courses[0].interval.preferredDays").put("value", 60);
    object(doc, "courses[1].interval.maxDays").put("value", 20);
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].interval.preferredDays.value: must be at least minDays (84)",
            "courses[1].interval.maxDays.value: must be at least preferredDays (30)");
  }

  @Test
  void aSessionRuleIntervalIsCheckedToo() {
    object(doc, "courses[0].sessionRules[0].interval.maxDays").put("value", 29);
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].sessionRules[0].interval.maxDays.value: must be at least preferredDays (30)");
  }

  @Test
  void sessionRulesLieWithinTheSessionCount() {
    object(doc, "courses[0].sessionRules[0]").put("sessions", 4);
    assertThat(problemsOf(doc))
        .containsExactly("courses[0].sessionRules[0].sessions: must lie within sessionCount (1 to 3)");
  }

  @Test
  void theLastSessionRuleMatchesAnything() {
    object(doc, "courses[0].sessionRules[1].when").putArray("severity").add("MILD");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].sessionRules[1].when: the last row must be empty ({}) to match any request");
  }

  @Test
  void sessionCountIsAnOrderedRangeFromOne() {
    object(doc, "courses[1].sessionCount.value").put("min", 0);
    object(doc, "courses[0].sessionCount.value").put("max", 0);
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].sessionCount.value.max: must be at least 1",
            "courses[1].sessionCount.value.min: must be at least 1");
  }

  @Test
  void codesAreUpperSnakeCase() {
    object(doc, "courses[0].steps[1]").put("code", "blood draw");
    object(doc, "screening[0]").put("code", "Pregnant");
    object(doc, "courses[0].practitioners").putArray("value").add("nurse");
    assertThat(problemsOf(doc))
        .containsExactly(
            "screening[0].code: must be UPPER_SNAKE_CASE, not 'Pregnant'",
            "courses[0].practitioners.value[0]: must be UPPER_SNAKE_CASE, not 'nurse'",
            "courses[0].steps[1].code: must be UPPER_SNAKE_CASE, not 'blood draw'");
  }

  @Test
  void everySourceUsedIsDeclared() {
    object(doc, "courses[0].steps[1]").put("source", "x");
    object(doc, "courses[0].interval.minDays").put("source", "y");
    assertThat(problemsOf(doc))
        .containsExactly(
            "sources: source 'y' used at courses[0].interval.minDays is not declared",
            "sources: source 'x' used at courses[0].steps[1] is not declared");
  }

  @Test
  void aSourceHasExactlyOneOfFileAndCitation() {
    object(doc, "sources[0]").put("citation", "also cited");
    object(doc, "sources[2]").remove("citation");
    assertThat(problemsOf(doc))
        .containsExactly(
            "sources[0]: must have exactly one of file and citation",
            "sources[2]: must have exactly one of file and citation");
  }

  @Test
  void regimenDefaultIsNotADeclarableSource() {
    object(doc, "sources[2]").put("id", "regimen-default");
    assertThat(problemsOf(doc))
        .contains("sources[2].id: 'regimen-default' is reserved for Regimen's own defaults");
  }

  @Test
  void idsAndCodesAreUnique() {
    object(doc, "sources[1]").put("id", "000");
    object(doc, "courses[1]").put("id", "stretch-marks");
    object(doc, "screening[2]").put("code", "PREGNANT_OR_BREASTFEEDING");
    object(doc, "courses[0].steps[2]").put("code", "CONSULTATION");
    assertThat(problemsOf(doc))
        .contains(
            "sources[1].id: source id '000' is already used at sources[0]",
            "screening[2].code: rule code 'PREGNANT_OR_BREASTFEEDING' is already used at screening[0]",
            "courses[0].steps[2].code: step code 'CONSULTATION' is already used at courses[0].steps[0]",
            "courses[1].id: course id 'stretch-marks' is already used at courses[0]");
  }

  @Test
  void minutesArePositiveAndOrdered() {
    object(doc, "courses[0].timing.firstAreaMinutes").put("value", 0);
    object(doc, "courses[1].timing.maxMinutes").put("value", 20);
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].timing.firstAreaMinutes.value: must be at least 1",
            "courses[1].timing.maxMinutes.value: must be at least minMinutes (30)");
  }

  @Test
  void resultSpansEndAfterTheyStart() {
    ObjectNode span = object(doc, "courses[0].results[1].span");
    span.put("min", 18).put("max", 18);
    assertThat(problemsOf(doc))
        .containsExactly("courses[0].results[1].span: must end after it starts (max above min)");
  }

  @Test
  void aResultWindowCannotBeOpen() {
    object(doc, "courses[0].results[0]").putObject("span").put("glossary", "long-lasting");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].results[0].span: an open span has no window: say it in the maintenance"
                + " note instead");
  }

  @Test
  void anUnknownGlossaryPhraseFailsNamingIt() {
    object(doc, "courses[0]").putObject("downtime").put("source", "000").put("words", "two weeks")
        .putObject("value").put("glossary", "a fortnight");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].downtime.value.glossary: phrase 'a fortnight' is not in the glossary");
  }

  @Test
  void spanNumbersAreOrderedWithAUnit() {
    object(doc, "courses[0].downtime.value").put("unit", "YEARS");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].downtime.value.unit: must be one of DAYS, WEEKS, MONTHS");
    ObjectNode again = SampleDocuments.protocol();
    object(again, "courses[0].downtime.value").put("max", 0);
    assertThat(problemsOf(again)).containsExactly("courses[0].downtime.value.max: must be at least min");
  }

  @Test
  void aSpanIsEitherGlossaryOrNumbers() {
    object(doc, "courses[0].risks[0].resolves").put("min", 1);
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].risks[0].resolves.min: a span has either glossary or min, max and unit,"
                + " not both");
  }

  @Test
  void instructionAnchorsAreFirstOrEachSession() {
    object(doc, "courses[0].aftercare[0]").put("anchor", "LAST_SESSION");
    assertThat(problemsOf(doc))
        .containsExactly("courses[0].aftercare[0].anchor: must be one of FIRST_SESSION, EACH_SESSION");
  }

  @Test
  void pricesAreInKnownCurrencies() {
    object(doc, "courses[0].price.perSession").putObject("GBP").put("min", 1).put("max", 2);
    object(doc, "courses[0].price.perSession.EUR").put("min", 200);
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].price.perSession.EUR.max: must be at least min",
            "courses[0].price.perSession.GBP: is not a currency: must be one of [EUR, USD]");
  }

  @Test
  void matchBoundsAreOrdered() {
    object(doc, "courses[0].risks[1].raisedWhen").put("minAreas", 3).put("maxAreas", 2);
    assertThat(problemsOf(doc))
        .containsExactly("courses[0].risks[1].raisedWhen.maxAreas: must be at least the minimum (3)");
  }

  @Test
  void droppingABaselineRuleNeedsACitedSource() {
    ObjectNode override = object(doc, "baselineOverrides[0]");
    override.remove("severity");
    override.put("source", "regimen-default");
    assertThat(problemsOf(doc))
        .containsExactly(
            "baselineOverrides[0].source: dropping a baseline rule needs a cited source, not"
                + " regimen-default");
  }

  @Test
  void aDroppedBaselineRuleTakesNoTexts() {
    ObjectNode override = object(doc, "baselineOverrides[0]");
    override.remove("severity");
    override.put("message", "m");
    assertThat(problemsOf(doc))
        .containsExactly(
            "baselineOverrides[0].message: a dropped baseline rule has no texts: give a severity or"
                + " remove the texts");
  }

  @Test
  void anOverrideReadsItsOwnTexts() {
    object(doc, "baselineOverrides[1]").put("severity", "ABSOLUTE").put("message", "m").put("action", "a");
    BaselineOverride override = SampleDocuments.parse(doc).baselineOverrides().get(1);
    assertThat(override.message()).contains("m");
    assertThat(override.action()).contains("a");
  }

  @Test
  void withoutTheBaselineAnySeverityBelowAbsoluteNeedsACitedSource() {
    object(doc, "baselineOverrides[1]").put("source", "regimen-default");
    assertThat(problemsOf(doc))
        .containsExactly(
            "baselineOverrides[1].source: lowering a baseline rule's severity needs a cited source,"
                + " not regimen-default");
    object(doc, "baselineOverrides[1]").put("severity", "ABSOLUTE");
    assertThat(SampleDocuments.parse(doc).baselineOverrides()).hasSize(2);
  }

  @Test
  void againstTheBaselineOnlyALowerSeverityNeedsACitedSource() {
    RuleSet baseline = ProtocolLoader.loadRules(getClass(), SampleDocuments.SAMPLE_RULES);
    array(doc, "baselineOverrides").removeAll();
    array(doc, "baselineOverrides")
        .addObject()
        .put("code", "ANTICOAGULANTS")
        .put("severity", "TEMPORARY")
        .put("source", "regimen-default")
        .put("words", "Raised: stricter than the baseline.");
    assertThat(parseWith(baseline).baselineOverrides()).hasSize(1);

    object(doc, "baselineOverrides[0]").put("severity", "PRECAUTION");
    array(doc, "baselineOverrides").addObject().put("code", "NO_SUCH_RULE")
        .put("severity", "ABSOLUTE").put("source", "000").put("words", "w");
    assertThat(problemsOf(() -> parseWith(baseline)))
        .containsExactly(
            "baselineOverrides[0].source: lowering a baseline rule's severity needs a cited source,"
                + " not regimen-default",
            "baselineOverrides[1].code: no baseline rule has code 'NO_SUCH_RULE'");
  }

  private Protocol parseWith(RuleSet baseline) {
    return ProtocolLoader.parse(
        "test.json", SampleDocuments.stream(doc), Glossary.standard(), baseline);
  }

  @Test
  void labTestRulesNeedTestsResultAgeAndTurnaround() {
    ObjectNode rule = object(doc, "screening[8]");
    rule.remove("tests");
    rule.remove("maxResultAgeDays");
    rule.remove("turnaroundDays");
    assertThat(problemsOf(doc))
        .containsExactly(
            "screening[8].tests: is required",
            "screening[8].maxResultAgeDays: is required",
            "screening[8].turnaroundDays: is required");
  }

  @Test
  void eachKindNeedsItsParameters() {
    object(doc, "screening[5]").remove("areas");
    object(doc, "screening[6]").remove("minAgeYears");
    object(doc, "screening[6]").remove("maxAgeYears");
    object(doc, "screening[9]").remove("outcomes");
    object(doc, "screening[10]").remove("when");
    array(doc, "screening[0].pregnancy").removeAll();
    assertThat(problemsOf(doc))
        .containsExactly(
            "screening[0].pregnancy: must not be empty",
            "screening[5].areas: is required",
            "screening[6].minAgeYears: an AGE rule needs minAgeYears, maxAgeYears or both",
            "screening[9].outcomes: is required",
            "screening[10].when: is required");
  }

  @Test
  void aParameterOfAnotherKindIsAnError() {
    object(doc, "screening[1]").putArray("areas").add("FACE");
    assertThat(problemsOf(doc))
        .containsExactly(
            "screening[1].areas: is not a parameter of a CONDITION rule (it takes [conditions, statuses])");
  }

  @Test
  void everyProblemIsReportedTogether() {
    doc.put("formatVersion", 3);
    object(doc, "courses[0].interval.minDays").put("value", 0);
    object(doc, "courses[0].risks[0]")
        .put("likelihood", "SOMETIMES");
    object(doc, "courses[0].steps[1]").put("source", "x");
    object(doc, "courses[0].downtime.value").removeAll().put("glossary", "a fortnight");
    object(doc, "screening[8]").remove("tests");
    assertThat(problemsOf(doc))
        .containsExactlyInAnyOrder(
            "formatVersion: version 3 is not supported (supported: [1])",
            "courses[0].interval.minDays.value: must be at least 1",
            "courses[0].risks[0].likelihood: must be one of COMMON, UNCOMMON, RARE",
            "sources: source 'x' used at courses[0].steps[1] is not declared",
            "courses[0].downtime.value.glossary: phrase 'a fortnight' is not in the glossary",
            "screening[8].tests: is required");
  }

  @Test
  void theExceptionNamesTheResourceAndEveryProblem() {
    doc.put("formatVersion", 3);
    doc.put("colour", "red");
    try {
      SampleDocuments.parse(doc);
    } catch (ProtocolException e) {
      assertThat(e.resource()).isEqualTo("test.json");
      assertThat(e.getMessage())
          .isEqualTo(
              "test.json: formatVersion: version 3 is not supported (supported: [1]);"
                  + " colour: is not a known key");
      return;
    }
    throw new AssertionError("expected a ProtocolException");
  }

  @Test
  void aRulesDocumentIsCheckedTheSameWay() {
    ObjectNode rules = SampleDocuments.rules();
    rules.put("courses", "none");
    object(rules, "rules[1]").put("source", "nobody");
    object(rules, "rules[2]").put("code", "PREGNANCY");
    assertThat(
            problemsOf(
                () -> ProtocolLoader.parseRules("rules.json", SampleDocuments.stream(rules))))
        .containsExactly(
            "rules[2].code: rule code 'PREGNANCY' is already used at rules[0]",
            "courses: is not a known key",
            "sources: source 'nobody' used at rules[1] is not declared");
  }

  /** design.md, "Events": every visible risk has a healing time, so an event can be kept clear of it. */
  @Test
  void aVisibleRiskNeedsItsHealingTime() {
    object(doc, "courses[0].risks[0]").remove("resolves");
    assertThat(problemsOf(doc))
        .containsExactly(
            "courses[0].risks[0].resolves: a visible risk needs its healing time, from its source or a cited one");
  }

  /** A healing time from another source than the risk's own carries that source and its words. */
  @Test
  void aHealingTimeMayCarryItsOwnSource() {
    object(doc, "courses[0].risks[0].resolves").put("source", "elsewhere").put("words", "w");
    assertThat(problemsOf(doc))
        .containsExactly("sources: source 'elsewhere' used at courses[0].risks[0].resolves is not declared");
  }
}
