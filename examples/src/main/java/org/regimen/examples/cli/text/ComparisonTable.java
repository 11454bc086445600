package org.regimen.examples.cli.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.regimen.plan.Alternative;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.ResultWindow;

/**
 * A comparison side by side: one column per option (eligibility, sessions, course length, downtime,
 * result windows, cost, risk codes), in the comparison's order; then the reference alternatives,
 * marked as not planned by Regimen.
 */
public final class ComparisonTable {
  private ComparisonTable() {}

  public static String format(Comparison comparison) {
    StringBuilder text = new StringBuilder();
    text.append("Indication  ").append(comparison.indication().name()).append('\n');
    comparison.id().ifPresent(id -> text.append("Request     ").append(id).append('\n'));
    text.append("\nOptions (by eligibility, then fewer sessions, less downtime, less invasive, id)\n");
    List<ComparisonOption> options = comparison.options();
    if (options.isEmpty()) {
      text.append("  none: no installed treatment treats this indication\n");
    } else {
      text.append(sideBySide(options));
    }
    text.append("\nAlternatives from the sources: not planned by Regimen (reference only)\n");
    if (comparison.alternatives().isEmpty()) {
      text.append("  none\n");
    }
    for (Alternative alternative : comparison.alternatives()) {
      text.append("  ").append(alternative.name()).append(" (not planned by Regimen): ")
          .append(alternative.summary()).append('\n');
      text.append("      source: ").append(alternative.source()).append('\n');
      text.append("      the source says: \"").append(alternative.sourceWords()).append("\"\n");
    }
    return text.toString();
  }

  private static String sideBySide(List<ComparisonOption> options) {
    String[] header = new String[options.size() + 1];
    header[0] = "";
    for (int i = 0; i < options.size(); i++) {
      header[i + 1] = options.get(i).treatment().id();
    }
    TextTable table = new TextTable(header);
    row(table, options, "treatment", o -> o.treatment().name());
    row(table, options, "eligibility", o -> o.eligibility().status().name());
    row(table, options, "first session", o -> o.firstSession().map(DateText::iso).orElse("none planned"));
    row(table, options, "sessions", o -> Integer.toString(o.sessionCount()));
    row(table, options, "course (days)", o -> Long.toString(o.courseDays()));
    row(table, options, "downtime (days)", o -> Long.toString(o.downtimeDays()));
    int windows = options.stream().mapToInt(o -> o.results().size()).max().orElse(0);
    for (int w = 0; w < windows; w++) {
      int index = w;
      row(table, options, w == 0 ? "results" : "", o -> index < o.results().size() ? window(o.results().get(index)) : "");
    }
    row(table, options, "cost", o -> o.cost()
        .map(c -> c.currency().name() + " " + c.min() + (c.max() == c.min() ? "" : "-" + c.max()))
        .orElse("not given"));
    int reasons = options.stream().mapToInt(o -> o.rankReasons().size()).max().orElse(0);
    for (int r = 0; r < reasons; r++) {
      int index = r;
      row(table, options, r == 0 ? "why this place" : "",
          o -> index < o.rankReasons().size() ? o.rankReasons().get(index) : "");
    }
    int risks = options.stream().mapToInt(o -> o.riskCodes().size()).max().orElse(0);
    for (int r = 0; r < Math.max(1, risks); r++) {
      int index = r;
      row(table, options, r == 0 ? "risks" : "",
          o -> index < o.riskCodes().size() ? o.riskCodes().get(index) : (index == 0 ? "none" : ""));
    }
    return table.render("  ");
  }

  private static void row(
      TextTable table, List<ComparisonOption> options, String label, Function<ComparisonOption, String> cell) {
    List<String> cells = new ArrayList<>();
    cells.add(label);
    for (ComparisonOption option : options) {
      cells.add(cell.apply(option));
    }
    table.row(cells.toArray(String[]::new));
  }

  private static String window(ResultWindow window) {
    return window.phase().name() + " " + DateText.iso(window.days().from()) + ".." + DateText.iso(window.days().to());
  }
}
