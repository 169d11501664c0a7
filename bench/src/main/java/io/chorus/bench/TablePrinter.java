package io.chorus.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints results as a Markdown table, so a run can be pasted into the README as it is. */
public final class TablePrinter {

  private static final String[] HEADERS = {
    "Benchmark", "Figure", "Samples", "Median", "p95", "Unit", "Baseline", "Ratio", "Target", "Note"
  };

  private TablePrinter() {}

  public static void print(List<Result> results, PrintStream out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (Result r : results) {
      rows.add(
          new String[] {
            r.benchmark(),
            r.figure(),
            Integer.toString(r.stats().samples()),
            format(r.stats().median()),
            r.stats().samples() > 1 ? format(r.stats().p95()) : "",
            r.unit() == null ? "" : r.unit(),
            r.baseline() == null ? "" : format(r.baseline().median()),
            Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2f×", r.ratio()),
            r.target() == null ? "" : r.target(),
            r.note() == null ? "" : r.note()
          });
    }
    int[] widths = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      out.println(line(rows.get(r), widths));
      if (r == 0) {
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        out.println(line(rule, widths));
      }
    }
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      line.append(' ').append(String.format("%-" + widths[i] + "s", cells[i])).append(" |");
    }
    return line.toString();
  }

  static String format(double value) {
    return Math.abs(value) >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : Math.abs(value) >= 10
            ? String.format(Locale.ROOT, "%.1f", value)
            : String.format(Locale.ROOT, "%.2f", value);
  }
}
