package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.regimen.protocol.SampleDocuments.problemsOf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.DayRange;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.TimeOfDay;
import org.regimen.request.BodyArea;
import org.regimen.request.Currency;
import org.regimen.request.Indication;
import org.regimen.request.LabTest;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Severity;

/** The valid sample protocol loads completely, with every value where the format says. */
class ProtocolLoaderTest {
  private final Protocol protocol =
      ProtocolLoader.load(ProtocolLoaderTest.class, SampleDocuments.SAMPLE_PROTOCOL);

  private Course stretchMarks() {
    return protocol.courseFor(Indication.STRETCH_MARKS).orElseThrow();
  }

  @Test
  void readsTheHeaderAndSources() {
    assertThat(protocol.formatVersion()).isEqualTo(1);
    assertThat(protocol.id()).isEqualTo("sample-prp");
    assertThat(protocol.version()).isEqualTo("1.2.3");
    assertThat(protocol.sources()).extracting(Source::id).containsExactly("000", "004", "nanda2021");
    assertThat(protocol.source("000").orElseThrow().file()).contains("000_cee33dee1438d68f.txt");
    assertThat(protocol.source("nanda2021").orElseThrow().citation()).isPresent();
  }

  @Test
  void readsBaselineOverrides() {
    assertThat(protocol.baselineOverrides())
        .extracting(BaselineOverride::code, BaselineOverride::severity)
        .containsExactly(
            tuple(
                "BLEEDING_DISORDER", Optional.of(FindingSeverity.ABSOLUTE)),
            tuple(
                "UNDER_18", Optional.of(FindingSeverity.RELATIVE)));
    assertThat(protocol.baselineOverrides().get(0).basis()).isEqualTo(Basis.of("004", "Blood disorders."));
  }

  @Test
  void readsEveryRuleKindWithItsParameters() {
    assertThat(protocol.screening()).extracting(ScreeningRule::kind).containsExactly(RuleKind.values());
    ScreeningRule pregnancy = rule(RuleKind.PREGNANCY);
    assertThat(pregnancy.pregnancy())
        .containsExactly(PregnancyStatus.PREGNANT, PregnancyStatus.BREASTFEEDING);
    assertThat(pregnancy.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(rule(RuleKind.AREA_FINDING).areas()).containsExactly(BodyArea.FACE, BodyArea.NECK);
    assertThat(rule(RuleKind.AGE).minAgeYears()).contains(18);
    assertThat(rule(RuleKind.AGE).basis().isRegimenDefault()).isTrue();
    // protocol-format.md: confirmWithinDays is optional, default 2.
    assertThat(rule(RuleKind.MENSTRUATION).confirmWithinDays()).contains(2);
    assertThat(protocol.avoidsMenstruation()).isTrue();
    ScreeningRule labs = rule(RuleKind.LAB_TESTS);
    assertThat(labs.tests()).contains(LabTest.HIV, LabTest.SYPHILIS);
    assertThat(labs.maxResultAgeDays().orElseThrow().value()).isEqualTo(30);
    assertThat(labs.turnaroundDays().orElseThrow().value()).isEqualTo(3);
    assertThat(rule(RuleKind.ASSESSMENT).when().orElseThrow().minMarkAgeMonths()).contains(24);
    assertThat(rule(RuleKind.REPRODUCTIVE).postpartumDays().orElseThrow().value()).isEqualTo(42);
    assertThat(rule(RuleKind.PROCEDURE).procedures()).containsExactly(org.regimen.request.ProcedureKind.FILLER);
    assertThat(rule(RuleKind.PROCEDURE).waitAfterDays().orElseThrow().value()).isEqualTo(14);
    assertThat(rule(RuleKind.PROCEDURE).keepsArea()).isFalse();
    assertThat(rule(RuleKind.LAB_VALUE).below().orElseThrow().value()).isEqualByComparingTo("150");
    assertThat(rule(RuleKind.LAB_VALUE).atLeast()).isEmpty();
  }

  private ScreeningRule rule(RuleKind kind) {
    return protocol.screening().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void readsTheCourseCore() {
    Course course = stretchMarks();
    assertThat(protocol.courses()).extracting(Course::id).containsExactly("stretch-marks", "face");
    assertThat(course.areas()).containsExactlyInAnyOrder(BodyArea.ABDOMEN, BodyArea.THIGHS, BodyArea.HIPS);
    assertThat(course.practitioners().value()).containsExactly("AESTHETICIAN", "REGISTERED_NURSE");
    assertThat(course.practitioners().basis().words()).isEqualTo("Aesthetician & Registered Nurse");
    assertThat(course.timing().minutesFor(3)).isEqualTo(45);
    assertThat(course.timing().visitOverheadMinutes().value()).isEqualTo(30);
    assertThat(course.sessionCount().value()).isEqualTo(IntRange.of(1, 3));
    assertThat(course.interval().preferredDays().value()).isEqualTo(90);
    assertThat(course.steps()).extracting(StepSpec::code, StepSpec::optional)
        .containsExactly(
            tuple("CONSULTATION", false),
            tuple("BLOOD_DRAW", false),
            tuple("TOPICAL_NUMBING", true));
  }

  @Test
  void readsSessionRulesInOrderWithTheirOwnInterval() {
    List<SessionRule> rules = stretchMarks().sessionRules();
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0).when().severity()).containsExactly(Severity.SEVERE);
    assertThat(rules.get(0).sessions()).isEqualTo(3);
    assertThat(rules.get(0).interval().orElseThrow().minDays().value()).isEqualTo(28);
    assertThat(rules.get(1).when()).isEqualTo(Match.ANY);
    assertThat(rules.get(1).interval()).isEmpty();
  }

  @Test
  void readsTheOptionalParts() {
    Course course = stretchMarks();
    assertThat(course.timeOfDay().orElseThrow().value()).isEqualTo(TimeOfDay.MORNING);
    assertThat(course.fastingHours().orElseThrow().value()).isEqualTo(8);
    assertThat(course.downtime().orElseThrow().value().days()).isEqualTo(DayRange.of(1, 2));
    assertThat(course.harvestSites().orElseThrow().value())
        .containsExactly(BodyArea.ABDOMEN, BodyArea.FLANKS);
    assertThat(course.price().orElseThrow().perSession())
        .isEqualTo(Map.of(Currency.EUR, IntRange.of(100, 150), Currency.USD, IntRange.of(120, 180)));
    assertThat(course.notes()).extracting(Sourced::value).containsExactly("Sterile conditions only.");
    assertThat(course.risks().get(0).visible()).isTrue();
    assertThat(course.risks().get(0).likelihood()).isEqualTo(Likelihood.COMMON);
    assertThat(course.risks().get(1).raisedWhen().orElseThrow().frequentSolarium()).contains(true);
    assertThat(course.results().get(0).note()).contains("Gradual.");
  }

  @Test
  void convertsSpansToDays() {
    Course course = stretchMarks();
    // docs/design.md "Vague words": a few days = 2 to 5 days (case and spacing do not matter).
    Span sun = course.aftercare().get(0).span();
    assertThat(sun.days()).isEqualTo(DayRange.of(2, 5));
    assertThat(sun.glossaryWords()).contains("a few days");
    // docs/design.md: a week or two = 7 to 14 days.
    assertThat(course.preparation().get(0).span().days()).isEqualTo(DayRange.of(7, 14));
    // A month is 30 days: 3 MONTHS = 90 days, 18 to 24 MONTHS = 540 to 720 days.
    Span maintenance = course.maintenance().orElseThrow().span().orElseThrow();
    assertThat(maintenance.days()).isEqualTo(DayRange.of(90, 90));
    assertThat(maintenance.glossaryWords()).isEmpty();
    ResultSpec lasts = course.results().get(1);
    assertThat(lasts.phase()).isEqualTo(ResultPhase.LASTS_UNTIL);
    assertThat(lasts.span().days()).isEqualTo(DayRange.of(540, 720));
    // docs/design.md: weeks to months = 2 weeks to 6 months.
    assertThat(course.results().get(0).span().days()).isEqualTo(DayRange.of(14, 180));
    // A span of 0 days means the session day itself.
    assertThat(course.preparation().get(1).span().days()).isEqualTo(DayRange.of(0, 0));
  }

  @Test
  void readsAnOpenSpanFromTheGlossary() {
    Course face = protocol.courseFor(Indication.SKIN_LAXITY).orElseThrow();
    Span span = face.maintenance().orElseThrow().span().orElseThrow();
    assertThat(span.open()).isTrue();
    assertThat(span.glossaryWords()).contains("long-lasting");
    assertThat(face.timeOfDay()).isEmpty();
    assertThat(face.price()).isEmpty();
    assertThat(face.preparation()).isEmpty();
  }

  @Test
  void readsARulesOnlyDocument() {
    RuleSet rules = ProtocolLoader.loadRules(ProtocolLoaderTest.class, SampleDocuments.SAMPLE_RULES);
    assertThat(rules.rules()).extracting(ScreeningRule::code)
        .containsExactly("PREGNANCY", "ANTICOAGULANTS", "UNDER_18");
    assertThat(rules.source("nct03807986")).isPresent();
  }

  @Test
  void aMissingResourceFailsNamingIt() {
    List<String> problems =
        problemsOf(() -> ProtocolLoader.load(ProtocolLoaderTest.class, "org/regimen/nope/protocol.json"));
    assertThat(problems).containsExactly("(document): resource not found on the class path");
    try {
      ProtocolLoader.load(ProtocolLoaderTest.class, "org/regimen/nope/protocol.json");
    } catch (ProtocolException e) {
      assertThat(e.resource()).isEqualTo("org/regimen/nope/protocol.json");
      assertThat(e.getMessage()).startsWith("org/regimen/nope/protocol.json: ");
    }
  }

  @Test
  void aMissingRulesResourceFailsNamingIt() {
    assertThat(problemsOf(() -> ProtocolLoader.loadRules(ProtocolLoaderTest.class, "missing.json")))
        .containsExactly("(document): resource not found on the class path");
  }

  @Test
  void malformedJsonFailsWithItsLocation() {
    List<String> problems =
        problemsOf(
            () ->
                ProtocolLoader.parse(
                    "bad.json", SampleDocuments.stream("{ \"id\": \"x\", }"), Glossary.standard()));
    assertThat(problems).singleElement().asString().startsWith("(document): is not valid JSON").contains("line 1");
  }

  @Test
  void aDuplicateKeyIsNotValidJson() {
    List<String> problems =
        problemsOf(
            () ->
                ProtocolLoader.parse(
                    "dup.json", SampleDocuments.stream("{ \"id\": \"x\", \"id\": \"y\" }"), Glossary.standard()));
    assertThat(problems).singleElement().asString().contains("Duplicate field 'id'");
  }
}
