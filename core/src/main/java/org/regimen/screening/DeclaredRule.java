package org.regimen.screening;

import org.regimen.protocol.ScreeningRule;

/**
 * A rule as it applies to this screening, with the label of its source (file name, citation or
 * {@code regimen-default}) resolved in the document that declared it.
 */
record DeclaredRule(ScreeningRule rule, String sourceLabel) {

  String sourceWords() {
    return rule.basis().words();
  }
}
