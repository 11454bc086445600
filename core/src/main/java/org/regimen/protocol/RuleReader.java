package org.regimen.protocol;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ConditionStatus;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;

/**
 * Reads screening rules and baseline overrides. Each {@link RuleKind} reads its own parameters; a
 * parameter of another kind is an error, since the engine would silently ignore it.
 */
final class RuleReader {
  /** MENSTRUATION: days from a predicted period that carry "confirm on the day" (format default). */
  static final int DEFAULT_CONFIRM_WITHIN_DAYS = 2;

  /** The parameters each kind reads; protocol.schema.json lists the same (ProtocolSchemaTest). */
  static final Map<RuleKind, Set<String>> PARAMETERS = new EnumMap<>(RuleKind.class);

  static {
    PARAMETERS.put(RuleKind.PREGNANCY, Set.of("pregnancy"));
    PARAMETERS.put(RuleKind.CONDITION, Set.of("conditions", "statuses"));
    PARAMETERS.put(RuleKind.MEDICATION, Set.of("medications", "waitAfterDays", "inArea"));
    PARAMETERS.put(RuleKind.ALLERGY, Set.of("allergies"));
    PARAMETERS.put(
        RuleKind.AREA_FINDING,
        Set.of("areaFindings", "areas", "wholePatient", "whenTreating", "keepsArea"));
    PARAMETERS.put(
        RuleKind.PROCEDURE, Set.of("procedures", "waitAfterDays", "wholePatient", "keepsArea"));
    PARAMETERS.put(RuleKind.LAB_VALUE, Set.of("tests", "below", "atLeast"));
    PARAMETERS.put(RuleKind.EXCLUDED_AREA, Set.of("areas"));
    PARAMETERS.put(RuleKind.AGE, Set.of("minAgeYears", "maxAgeYears"));
    PARAMETERS.put(RuleKind.MENSTRUATION, Set.of("confirmWithinDays"));
    PARAMETERS.put(RuleKind.LAB_TESTS, Set.of("tests", "maxResultAgeDays", "turnaroundDays"));
    PARAMETERS.put(RuleKind.LAB_RESULT, Set.of("tests", "outcomes"));
    PARAMETERS.put(RuleKind.ASSESSMENT, Set.of("when"));
    PARAMETERS.put(RuleKind.REPRODUCTIVE, Set.of("reproductive", "postpartumDays"));
  }

  private static final Set<String> ALL_PARAMETERS = new LinkedHashSet<>();

  static {
    PARAMETERS.values().forEach(ALL_PARAMETERS::addAll);
  }

  private RuleReader() {}

  static ScreeningRule readRule(StrictObject o, ReadContext context) {
    RuleKind kind = o.enumValue("kind", RuleKind.class);
    String code = context.code(o, "code");
    FindingSeverity severity = o.enumValue("severity", FindingSeverity.class);
    String message = o.text("message");
    String action = o.text("action");
    Basis basis = context.basis(o);
    ImmutableScreeningRule.Builder rule = ScreeningRule.builder();
    rule.holdDays(Optional.ofNullable(context.sourced(o, "holdDays", false, v -> v.integer("value", 1))));
    if (kind == null) {
      // Parameters cannot be checked without a kind; the kind's own problem is already reported.
      ALL_PARAMETERS.forEach(o::skip);
    } else {
      rejectParametersOfOtherKinds(o, kind);
      readParameters(o, kind, context, rule);
    }
    if (!o.done()) {
      return null;
    }
    return rule.kind(kind)
        .code(code)
        .severity(severity)
        .message(message)
        .action(action)
        .basis(basis)
        .build();
  }

  private static void rejectParametersOfOtherKinds(StrictObject o, RuleKind kind) {
    Set<String> own = PARAMETERS.get(kind);
    for (String parameter : ALL_PARAMETERS) {
      if (o.has(parameter) && !own.contains(parameter)) {
        o.skip(parameter);
        o.problem(parameter, "is not a parameter of a " + kind + " rule (it takes " + new java.util.TreeSet<>(own) + ")");
      }
    }
  }

  private static void readParameters(
      StrictObject o, RuleKind kind, ReadContext context, ImmutableScreeningRule.Builder rule) {
    switch (kind) {
      case PREGNANCY -> rule.pregnancy(o.enumList("pregnancy", PregnancyStatus.class, true));
      case CONDITION ->
          rule.conditions(o.enumList("conditions", Condition.class, true))
              .statuses(o.enumList("statuses", ConditionStatus.class, false));
      case MEDICATION ->
          rule.medications(o.enumList("medications", MedicationKind.class, true))
              .waitAfterDays(
                  Optional.ofNullable(
                      context.sourced(o, "waitAfterDays", false, v -> v.integer("value", 0))))
              .inArea(o.optionalBoolean("inArea").orElse(false));
      case ALLERGY -> rule.allergies(o.enumList("allergies", Allergy.class, true));
      case AREA_FINDING ->
          rule.areaFindings(o.enumList("areaFindings", AreaCondition.class, true))
              .areas(o.enumList("areas", BodyArea.class, false))
              .wholePatient(o.optionalBoolean("wholePatient").orElse(false))
              .whenTreating(o.enumList("whenTreating", BodyArea.class, false))
              .keepsArea(scope(o));
      case PROCEDURE ->
          rule.procedures(o.enumList("procedures", ProcedureKind.class, true))
              .waitAfterDays(
                  Optional.ofNullable(
                      context.sourced(o, "waitAfterDays", false, v -> v.integer("value", 1))))
              .wholePatient(o.optionalBoolean("wholePatient").orElse(false))
              .keepsArea(scope(o));
      case LAB_VALUE -> readLabValue(o, context, rule);
      case EXCLUDED_AREA -> rule.areas(o.enumList("areas", BodyArea.class, true));
      case AGE -> readAgeLimits(o, rule);
      case MENSTRUATION ->
          rule.confirmWithinDays(
              o.optionalInteger("confirmWithinDays", 0).orElse(DEFAULT_CONFIRM_WITHIN_DAYS));
      case LAB_TESTS -> readLabTests(o, context, rule);
      case LAB_RESULT ->
          rule.tests(outcomeTests(o))
              .outcomes(o.enumList("outcomes", LabOutcome.class, true));
      case ASSESSMENT -> rule.when(Optional.ofNullable(MatchReader.read(o, "when", true)));
      case REPRODUCTIVE -> readReproductive(o, context, rule);
    }
  }

  /** keepsArea, refused together with wholePatient (a finding anywhere has no area to keep). */
  private static boolean scope(StrictObject o) {
    boolean keeps = o.optionalBoolean("keepsArea").orElse(false);
    if (keeps && o.has("wholePatient")) {
      o.problem("keepsArea", "is for a finding in a requested area; wholePatient already concerns the whole patient");
    }
    return keeps;
  }

  /** Tests read by outcome: a measured test has no outcome, and is judged by a LAB_VALUE rule. */
  private static java.util.List<LabTest> outcomeTests(StrictObject o) {
    java.util.List<LabTest> tests = o.enumList("tests", LabTest.class, true);
    tests.stream()
        .filter(LabTest::isMeasured)
        .findFirst()
        .ifPresent(t -> o.problem("tests", "lists measured test " + t + ", which has a value, not an"
            + " outcome: judge it with a LAB_VALUE rule"));
    return tests;
  }

  /** Measured tests and one threshold, below or atLeast, each with its source. */
  /** The tests to have on file, how old a result may be, and how long a new one takes to come. */
  private static void readLabTests(
      StrictObject o, ReadContext context, ImmutableScreeningRule.Builder rule) {
    rule.tests(outcomeTests(o))
        .maxResultAgeDays(
            Optional.ofNullable(
                context.sourced(o, "maxResultAgeDays", true, v -> v.integer("value", 1))))
        .turnaroundDays(
            Optional.ofNullable(
                context.sourced(o, "turnaroundDays", true, v -> v.integer("value", 0))));
  }

  private static void readLabValue(
      StrictObject o, ReadContext context, ImmutableScreeningRule.Builder rule) {
    java.util.List<LabTest> tests = o.enumList("tests", LabTest.class, true);
    tests.stream()
        .filter(t -> !t.isMeasured())
        .findFirst()
        .ifPresent(t -> o.problem("tests", "lists " + t + ", which is not a measured test: a"
            + " LAB_VALUE rule reads PLATELET_COUNT, HAEMOGLOBIN or HBA1C"));
    Sourced<java.math.BigDecimal> below = context.sourced(o, "below", false, v -> v.decimal("value"));
    Sourced<java.math.BigDecimal> atLeast = context.sourced(o, "atLeast", false, v -> v.decimal("value"));
    if (!o.has("below") && !o.has("atLeast")) {
      o.problem("below", "a LAB_VALUE rule needs one threshold: below or atLeast");
    } else if (o.has("below") && o.has("atLeast")) {
      o.problem("atLeast", "a LAB_VALUE rule takes one threshold: below or atLeast, not both");
    }
    rule.tests(tests).below(Optional.ofNullable(below)).atLeast(Optional.ofNullable(atLeast));
  }

  /** A POSTPARTUM state needs its period's length; no other state takes one. */
  private static void readReproductive(
      StrictObject o, ReadContext context, ImmutableScreeningRule.Builder rule) {
    java.util.List<ReproductiveState> states =
        o.enumList("reproductive", ReproductiveState.class, true);
    boolean postpartum = states.contains(ReproductiveState.POSTPARTUM);
    Sourced<Integer> days =
        context.sourced(o, "postpartumDays", postpartum, v -> v.integer("value", 1));
    if (days != null && !postpartum) {
      o.problem("postpartumDays", "is only read for the POSTPARTUM state");
    }
    rule.reproductive(states).postpartumDays(Optional.ofNullable(days));
  }

  private static void readAgeLimits(StrictObject o, ImmutableScreeningRule.Builder rule) {
    Optional<Integer> min = o.optionalInteger("minAgeYears", 0);
    Optional<Integer> max = o.optionalInteger("maxAgeYears", 0);
    if (!o.has("minAgeYears") && !o.has("maxAgeYears")) {
      o.problem("minAgeYears", "an AGE rule needs minAgeYears, maxAgeYears or both");
    }
    MatchReader.requireOrdered(o, min, "maxAgeYears", max);
    rule.minAgeYears(min).maxAgeYears(max);
  }

  /**
   * A change to a baseline rule. Weakening one (dropping it, or a lower severity) needs a cited
   * source: the baseline exists because the reason holds for every injection into the skin. Without
   * the baseline at hand, any severity below ABSOLUTE might be a weakening, so it needs one too.
   */
  static BaselineOverride readOverride(
      StrictObject o, ReadContext context, Optional<RuleSet> baseline) {
    String code = context.code(o, "code");
    Optional<FindingSeverity> severity = o.optionalEnum("severity", FindingSeverity.class);
    Basis basis = context.basis(o);
    Optional<String> message = o.optionalText("message");
    Optional<String> action = o.optionalText("action");
    if (severity.isEmpty() && (message.isPresent() || action.isPresent())) {
      o.problem(
          message.isPresent() ? "message" : "action",
          "a dropped baseline rule has no texts: give a severity or remove the texts");
    }
    Optional<ScreeningRule> baselineRule = Optional.empty();
    if (code != null && baseline.isPresent()) {
      baselineRule = baseline.get().rules().stream().filter(r -> r.code().equals(code)).findFirst();
      if (baselineRule.isEmpty()) {
        o.problem("code", "no baseline rule has code '" + code + "'");
      }
    }
    boolean mayWeaken =
        severity.isEmpty()
            || baselineRule
                .map(rule -> weaker(severity.get(), rule.severity()))
                .orElse(severity.get() != FindingSeverity.ABSOLUTE);
    if (mayWeaken && basis != null && basis.isRegimenDefault()) {
      o.problem(
          "source",
          severity.isEmpty()
              ? "dropping a baseline rule needs a cited source, not " + Basis.REGIMEN_DEFAULT
              : "lowering a baseline rule's severity needs a cited source, not "
                  + Basis.REGIMEN_DEFAULT);
    }
    if (!o.done()) {
      return null;
    }
    return BaselineOverride.builder()
        .code(code)
        .severity(severity)
        .basis(basis)
        .message(message)
        .action(action)
        .build();
  }

  /** Severity order ABSOLUTE > TEMPORARY > RELATIVE > PRECAUTION, the enum's declaration order. */
  private static boolean weaker(FindingSeverity candidate, FindingSeverity baseline) {
    return candidate.ordinal() > baseline.ordinal();
  }
}
