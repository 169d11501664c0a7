package io.chorus.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** A post's numbers at one moment; {@code null} where the platform does not say. */
public record MetricsSnapshot(
    @PositiveOrZero @Max(100_000_000_000L) Long views,
    @PositiveOrZero @Max(100_000_000_000L) Long likes,
    @PositiveOrZero @Max(100_000_000_000L) Long comments,
    @PositiveOrZero @Max(100_000_000_000L) Long shares,
    @PositiveOrZero @Max(100_000_000_000L) Long clicks,
    @PositiveOrZero @Max(100_000_000_000L) Long impressions) {

  public static MetricsSnapshot none() {
    return new MetricsSnapshot(null, null, null, null, null, null);
  }

  /** Likes + comments + shares: the engagements a performance bonus counts. */
  public long engagements() {
    return n(likes) + n(comments) + n(shares);
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
