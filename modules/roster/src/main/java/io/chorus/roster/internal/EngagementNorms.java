package io.chorus.roster.internal;

import io.chorus.roster.Tier;

/**
 * The band of engagement rates that is normal for an account of a given tier. Smaller audiences
 * engage more; a rate far below the band suggests an inactive or bought audience, far above it
 * suggests engagement pods or bought likes. The bands are wide on purpose: they flag outliers, not
 * ordinary variation.
 */
enum EngagementNorms {
  NANO(0.02, 0.15),
  MICRO(0.01, 0.10),
  MACRO(0.005, 0.06),
  MEGA(0.003, 0.04);

  final double low;
  final double high;

  EngagementNorms(double low, double high) {
    this.low = low;
    this.high = high;
  }

  static EngagementNorms of(Tier tier) {
    return valueOf(tier.name());
  }

  String band() {
    return Figures.percent(low) + "–" + Figures.percent(high);
  }

  /**
   * How much to trust the reach of an account with this rate, 0 to 1: full inside the band, in
   * proportion below it, half above it (likely inflated), half when unknown.
   */
  double quality(Double rate) {
    if (rate == null) {
      return 0.5;
    }
    if (rate < low) {
      return rate / low;
    }
    if (rate > high) {
      return 0.5;
    }
    return 1.0;
  }
}
