package org.regimen.examples.cli.text;

import java.util.List;
import org.regimen.plan.EvaluatedSession;

/** The evaluated history of a plan as a table: each past session, counted or not, and why. */
final class HistoryText {
  private HistoryText() {}

  /** The table, indented; empty when the plan has no history. */
  static String table(List<EvaluatedSession> history, String indent) {
    if (history.isEmpty()) {
      return "";
    }
    TextTable table = new TextTable("DATE", "DAY", "TREATMENT", "COUNTED", "STATUS", "WHY");
    for (EvaluatedSession entry : history) {
      table.row(
          DateText.iso(entry.date()),
          DateText.weekday(entry.date()),
          entry.treatment(),
          entry.counted() ? "yes" : "no",
          entry.status().name(),
          entry.text());
    }
    return table.render(indent);
  }
}
