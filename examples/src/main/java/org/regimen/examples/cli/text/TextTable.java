package org.regimen.examples.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of text in left-aligned columns under upper-case headers; the last column is not padded. */
final class TextTable {
  private static final String GAP = "  ";

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  /** A table whose first line names the columns. */
  TextTable(String... headers) {
    this.columns = headers.length;
    rows.add(headers.clone());
  }

  private TextTable(int columns) {
    this.columns = columns;
  }

  /** A table without a header line, e.g. label-value pairs. */
  static TextTable untitled(int columns) {
    return new TextTable(columns);
  }

  TextTable row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("cells: expected " + columns + ", got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toArray(String[]::new));
    return this;
  }

  /** The table, each line starting with {@code indent} and ending with a line break. */
  String render(String indent) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        line.append(i == columns - 1 ? row[i] : pad(row[i], widths[i]) + GAP);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static String pad(String cell, int width) {
    return cell + " ".repeat(width - cell.length());
  }
}
