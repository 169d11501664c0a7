package io.chorus.reporting;

/**
 * A verified post's numbers. {@code engagements} is likes + comments + shares; unknown figures are
 * 0.
 */
public record PostMetrics(long views, long impressions, long engagements, long clicks) {}
