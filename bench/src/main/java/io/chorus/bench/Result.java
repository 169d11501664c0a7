package io.chorus.bench;

/**
 * One line of the results table: a figure with its median and 95th percentile over the measured
 * rounds and its unit, the baseline measured in the same run on the same database (or null), the
 * target it is held against, and a note (e.g. the number of rows it returned).
 */
public record Result(
    String benchmark,
    String figure,
    Stats stats,
    String unit,
    Stats baseline,
    String target,
    String note) {

  /** A timing in milliseconds without a baseline. */
  public Result(String benchmark, String figure, Stats stats, String target, String note) {
    this(benchmark, figure, stats, "ms", null, target, note);
  }

  /** Median over baseline median, or NaN without a baseline. */
  public double ratio() {
    return baseline == null || baseline.median() == 0
        ? Double.NaN
        : stats.median() / baseline.median();
  }
}
