package org.regimen.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.ConditionStatus;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.PregnancyStatus;

/**
 * Which rule judges each fact a request can record, for one protocol with the baseline it gets: the
 * coverage matrix. A fact is judged by every rule that reacts to it (the baseline's as the protocol
 * overrides them, then the protocol's own), or declared not relevant with a reason; a fact with
 * neither fails the protocol's load. Derived from the rules' parameters, so it cannot drift from
 * what screening does.
 *
 * @since 0.1.0
 */
public final class Coverage {
  /** A rule that reacts to a fact, as this protocol applies it. */
  public record RuleVerdict(
      String code,
      FindingSeverity severity,
      Basis basis,
      String sourceLabel,
      Origin origin,
      Set<ConditionStatus> statuses) {
    /**
     * A rule that judges every state of its fact (anything but a CONDITION rule).
     *
     * @param code the rule's finding code
     * @param severity its severity, as this protocol applies it
     * @param basis its basis
     * @param sourceLabel how a plan names the basis' source
     * @param origin where the rule comes from
     */
    public RuleVerdict(
        String code, FindingSeverity severity, Basis basis, String sourceLabel, Origin origin) {
      this(code, severity, basis, sourceLabel, origin, Set.of());
    }

    /**
     * {@return CONDITION rules: true when the rule judges only some statuses, so the matrix names
     * them}
     */
    public boolean byStatus() {
      return !statuses.isEmpty() && !statuses.equals(ScreeningRule.CURRENT_STATUSES);
    }
  }

  /** Where a rule comes from. */
  public enum Origin {
    /** A baseline rule the protocol applies as it is. */
    BASELINE,
    /** A baseline rule whose severity or texts the protocol overrides. */
    BASELINE_OVERRIDDEN,
    /** A rule of the protocol's own. */
    PROTOCOL
  }

  /**
   * The verdict on one fact: the rules that react to it, or the declaration that it is not
   * relevant.
   */
  public record Verdict(Fact fact, List<RuleVerdict> rules, Optional<NotRelevant> notRelevant) {
    /**
     * {@return true when the fact has a verdict: a rule reacts to it, or it is declared not
     * relevant}
     */
    public boolean judged() {
      return !rules.isEmpty() || notRelevant.isPresent();
    }
  }

  /** A problem with a protocol's verdicts, at a path of the document. */
  record Problem(String path, String rule) {}

  private Coverage() {}

  /**
   * The verdict on every fact against the standard baseline (the rules every therapy inherits), in
   * {@link FactKind#allFacts()} order: what an intake must ask for this protocol.
   *
   * @param protocol a loaded protocol
   * @return each fact with the rules that judge it, or why it is not relevant
   */
  public static Map<Fact, Verdict> verdicts(Protocol protocol) {
    return verdicts(protocol, Baseline.standard());
  }

  /**
   * {@return the verdict on every fact, in {@link FactKind#allFacts()} order}
   *
   * @param protocol a loaded protocol
   * @param baseline the baseline rules the protocol builds on
   */
  public static Map<Fact, Verdict> verdicts(Protocol protocol, RuleSet baseline) {
    Map<Fact, List<RuleVerdict>> judgedBy = new LinkedHashMap<>();
    for (Fact fact : FactKind.allFacts()) {
      judgedBy.put(fact, new ArrayList<>());
    }
    for (Effective effective : effectiveRules(protocol, baseline)) {
      for (Fact fact : factsOf(effective.rule())) {
        judgedBy.get(fact).add(effective.verdict());
      }
    }
    Map<Fact, Verdict> verdicts = new LinkedHashMap<>();
    judgedBy.forEach(
        (fact, rules) ->
            verdicts.put(
                fact, new Verdict(fact, List.copyOf(rules), declaredNotRelevant(protocol, fact, rules))));
    return verdicts;
  }

  /**
   * What is wrong with the protocol's verdicts, each as {@code path: problem}: a fact without a
   * verdict, a fact declared not relevant although a rule reacts to it, a fact declared twice.
   */
  static List<Problem> problems(Protocol protocol, RuleSet baseline) {
    List<Problem> problems = new ArrayList<>();
    Map<Fact, Verdict> verdicts = verdicts(protocol, baseline);
    Set<Fact> declared = new TreeSet<>();
    for (int i = 0; i < protocol.notRelevant().size(); i++) {
      for (Fact fact : protocol.notRelevant().get(i).facts()) {
        String path = "notRelevant[" + i + "].facts";
        if (!declared.add(fact)) {
          problems.add(new Problem(path, "'" + fact.key() + "' is declared not relevant twice"));
        }
        List<RuleVerdict> rules = verdicts.get(fact).rules();
        if (!rules.isEmpty()) {
          problems.add(
              new Problem(
                  path,
                  "'" + fact.key() + "' is declared not relevant, but rule " + rules.get(0).code()
                      + " reacts to it: a fact is either judged by a rule or not relevant"));
        }
      }
    }
    for (Verdict verdict : verdicts.values()) {
      activeIsStrictest(verdict, problems);
      if (!verdict.judged()) {
        problems.add(
            new Problem(
                "notRelevant",
                "fact '" + verdict.fact().key() + "' has no verdict: add a rule that reacts to it, or"
                    + " declare it not relevant with a cited reason"));
      }
    }
    return problems;
  }

  /**
   * {@return the facts a rule reacts to, from its kind and parameters}
   *
   * @param rule a screening rule
   */
  public static Set<Fact> factsOf(ScreeningRule rule) {
    Set<Fact> facts = new TreeSet<>();
    switch (rule.kind()) {
      case PREGNANCY -> {
        rule.pregnancy().forEach(s -> facts.add(Fact.of(FactKind.PREGNANCY, s)));
        // The rule reads the status: "none" clears it and "unknown" asks to confirm it.
        facts.add(Fact.of(FactKind.PREGNANCY, PregnancyStatus.NONE));
        facts.add(Fact.of(FactKind.PREGNANCY, PregnancyStatus.UNKNOWN));
      }
      case CONDITION -> rule.conditions().forEach(c -> facts.add(Fact.of(FactKind.CONDITION, c)));
      case MEDICATION -> rule.medications().forEach(m -> facts.add(Fact.of(FactKind.MEDICATION, m)));
      case ALLERGY -> rule.allergies().forEach(a -> facts.add(Fact.of(FactKind.ALLERGY, a)));
      case AREA_FINDING ->
          rule.areaFindings().forEach(f -> facts.add(Fact.of(FactKind.AREA_FINDING, f)));
      case PROCEDURE -> rule.procedures().forEach(k -> facts.add(Fact.of(FactKind.PROCEDURE, k)));
      case LAB_VALUE ->
          rule.tests().forEach(
              t -> facts.add(new Fact(FactKind.LAB_RESULT, t.name() + ":" + FactKind.MEASURED_VALUE)));
      case MENSTRUATION -> facts.addAll(FactKind.MENSTRUATION.facts());
      case LAB_TESTS -> labResults(rule.tests(), EnumSet.allOf(LabOutcome.class), facts);
      case LAB_RESULT -> labResults(rule.tests(), rule.outcomes(), facts);
      case ASSESSMENT -> rule.when().ifPresent(when -> assessed(when, facts));
      case REPRODUCTIVE ->
          rule.reproductive().forEach(s -> facts.add(Fact.of(FactKind.REPRODUCTIVE, s)));
      case EXCLUDED_AREA, AGE -> {
        // About the request's areas and the birth date: no recorded fact of the patient.
      }
    }
    return facts;
  }

  private static void labResults(
      Iterable<LabTest> tests, Iterable<LabOutcome> outcomes, Set<Fact> facts) {
    for (LabTest test : tests) {
      for (LabOutcome outcome : outcomes) {
        if (test.allows(outcome)) { // a pairing the request refuses is no fact to judge
          facts.add(new Fact(FactKind.LAB_RESULT, test.name() + ":" + outcome.name()));
        }
      }
    }
  }

  private static void assessed(Match when, Set<Fact> facts) {
    when.fitzpatrick().forEach(f -> facts.add(Fact.of(FactKind.PHOTOTYPE, f)));
    when.skinType().forEach(t -> facts.add(Fact.of(FactKind.SKIN_TYPE, t)));
    if (when.smoker().orElse(false)) {
      facts.add(new Fact(FactKind.LIFESTYLE, "smoker"));
    }
    if (when.frequentSolarium().orElse(false)) {
      facts.add(new Fact(FactKind.LIFESTYLE, "frequentSolarium"));
    }
  }

  private static Optional<NotRelevant> declaredNotRelevant(
      Protocol protocol, Fact fact, List<RuleVerdict> rules) {
    Optional<NotRelevant> named =
        protocol.notRelevant().stream().filter(n -> n.facts().contains(fact)).findFirst();
    if (named.isPresent() || !rules.isEmpty()) {
      return named;
    }
    return protocol.notRelevant().stream().filter(n -> n.kinds().contains(fact.kind())).findFirst();
  }

  private record Effective(ScreeningRule rule, RuleVerdict verdict) {}

  private static Set<ConditionStatus> statusesOf(ScreeningRule rule) {
    return rule.kind() == RuleKind.CONDITION ? rule.judgedStatuses() : Set.of();
  }

  /**
   * A condition's unknown status is judged as ACTIVE, so ACTIVE must be judged, and no status may
   * be judged more strictly than ACTIVE: otherwise not knowing the status would be the mildest.
   */
  private static void activeIsStrictest(Verdict verdict, List<Problem> problems) {
    if (verdict.fact().kind() != FactKind.CONDITION || verdict.rules().isEmpty()) {
      return;
    }
    Optional<FindingSeverity> active = strongest(verdict.rules(), ConditionStatus.ACTIVE);
    if (active.isEmpty()) {
      problems.add(
          new Problem(
              "screening",
              "condition '" + verdict.fact().value() + "' is judged by status, but no rule judges"
                  + " ACTIVE, the status a condition recorded without one is judged as"));
      return;
    }
    for (ConditionStatus status : ConditionStatus.values()) {
      Optional<FindingSeverity> other = strongest(verdict.rules(), status);
      if (other.isPresent() && other.get().compareTo(active.get()) < 0) {
        problems.add(
            new Problem(
                "screening",
                "condition '" + verdict.fact().value() + "' is judged more strictly when " + status
                    + " than when ACTIVE: a status not recorded (judged as ACTIVE) would be the mildest"));
      }
    }
  }

  private static Optional<FindingSeverity> strongest(List<RuleVerdict> rules, ConditionStatus status) {
    return rules.stream()
        .filter(r -> r.statuses().contains(status))
        .map(RuleVerdict::severity)
        .min(Comparator.naturalOrder()); // ABSOLUTE is declared first
  }

  /** The baseline as the protocol overrides it, then the protocol's own rules. */
  private static List<Effective> effectiveRules(Protocol protocol, RuleSet baseline) {
    List<Effective> rules = new ArrayList<>();
    for (ScreeningRule rule : baseline.rules()) {
      Optional<BaselineOverride> override =
          protocol.baselineOverrides().stream().filter(o -> o.code().equals(rule.code())).findFirst();
      if (override.isEmpty()) {
        rules.add(
            new Effective(
                rule,
                new RuleVerdict(
                    rule.code(), rule.severity(), rule.basis(), rule.basis().label(baseline::source),
                    Origin.BASELINE, statusesOf(rule))));
      } else if (override.get().severity().isPresent()) {
        BaselineOverride o = override.get();
        rules.add(
            new Effective(
                rule,
                new RuleVerdict(
                    rule.code(), o.severity().get(), o.basis(), o.basis().label(protocol::source),
                    Origin.BASELINE_OVERRIDDEN, statusesOf(rule))));
      }
    }
    for (ScreeningRule rule : protocol.screening()) {
      rules.add(
          new Effective(
              rule,
              new RuleVerdict(
                  rule.code(), rule.severity(), rule.basis(), rule.basis().label(protocol::source),
                  Origin.PROTOCOL, statusesOf(rule))));
    }
    return rules;
  }
}
