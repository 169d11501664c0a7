package io.chorus.bench;

import java.util.Arrays;

/** Summary of repeated timings in milliseconds: median and 95th percentile (nearest rank). */
public record Stats(int samples, double median, double p95, double min, double max) {

  public static Stats of(double[] millis) {
    if (millis.length == 0) {
      throw new IllegalArgumentException("No samples");
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Stats(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted[0],
        sorted[sorted.length - 1]);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** A single measurement (a setup step such as startup or a bulk load). */
  public static Stats once(double millis) {
    return new Stats(1, millis, millis, millis, millis);
  }
}
