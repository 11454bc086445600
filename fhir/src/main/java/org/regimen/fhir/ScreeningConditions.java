package org.regimen.fhir;

import java.util.StringJoiner;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ScreeningRule;

/**
 * A course's applicability in words: whom it is for, then each screening rule of the protocol with
 * its finding code, what it means and what to do. The baseline rules every therapy gets live in core,
 * not in a protocol document, and are named once at the end.
 */
final class ScreeningConditions {
  private ScreeningConditions() {}

  static String text(String whom, Protocol protocol) {
    StringJoiner text = new StringJoiner("\n");
    text.add(whom);
    for (ScreeningRule rule : protocol.screening()) {
      text.add(
          "- " + severityWords(rule) + " (" + rule.code() + "): " + rule.message() + " " + rule.action());
    }
    text.add("- Regimen's baseline screening applies as well (pregnancy, age, active infection and the"
        + " other rules every therapy gets).");
    return text.toString();
  }

  private static String severityWords(ScreeningRule rule) {
    return switch (rule.severity()) {
      case ABSOLUTE -> "Not applicable";
      case TEMPORARY -> "Not applicable until it ends";
      case RELATIVE -> "Applicable after clearance";
      case PRECAUTION -> "Applicable with a precaution";
    };
  }
}
