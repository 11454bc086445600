package org.regimen.screening;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.regimen.plan.Finding;
import org.regimen.protocol.ScreeningRule;

/**
 * A rule as it applies to this screening, with the label of its source (file name, citation or
 * {@code regimen-default}) resolved in the document that declared it, and the finding it raises in
 * its own words, built once: a rule is declared once per catalog and raised by many requests.
 */
final class DeclaredRule {
  private final ScreeningRule rule;
  private final String sourceLabel;
  private final Finding finding;
  private final Map<UnconfirmedAttribute, Finding> unconfirmed = new ConcurrentHashMap<>();

  DeclaredRule(ScreeningRule rule, String sourceLabel) {
    this.rule = rule;
    this.sourceLabel = sourceLabel;
    this.finding = ownFinding(rule, sourceLabel);
  }

  ScreeningRule rule() {
    return rule;
  }

  String sourceLabel() {
    return sourceLabel;
  }

  /** The finding the rule raises in its own words, for the whole patient, with no end date. */
  Finding finding() {
    return finding;
  }

  /**
   * The finding asking to confirm {@code attribute} before session 1, as strong as this rule
   * allows (design.md, "Unknown is never 'no'"; {@link UnknownGate}); built once per attribute.
   */
  Finding unconfirmed(UnconfirmedAttribute attribute) {
    return unconfirmed.computeIfAbsent(attribute, this::askToConfirm);
  }

  private Finding askToConfirm(UnconfirmedAttribute attribute) {
    return PatientTexts.withPatientMessage(
        Finding.builder()
            .code(attribute.code())
            .severity(UnknownGate.severity(rule))
            .message(attribute.message())
            .action(attribute.action())
            .source(sourceLabel)
            .sourceWords(sourceWords())
            .build(),
        Optional.of(rule.kind()));
  }

  String sourceWords() {
    return rule.basis().words();
  }

  private static Finding ownFinding(ScreeningRule rule, String sourceLabel) {
    return PatientTexts.withPatientMessage(
        Finding.builder()
            .code(rule.code())
            .severity(rule.severity())
            .message(rule.message())
            .action(rule.action())
            .source(sourceLabel)
            .sourceWords(rule.basis().words())
            .build(),
        Optional.of(rule.kind()));
  }
}
