package io.chorus.roster.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The arithmetic on account figures, in one place so the API, search and vetting agree. */
final class Figures {

  /** Figures older than this are stale: follower counts and engagement move within a quarter. */
  static final int STALE_AFTER_DAYS = 90;

  private Figures() {}

  /** (likes + comments) ÷ followers per post; null without followers or without any figures. */
  static Double engagementRate(long followers, Long avgLikes, Long avgComments) {
    if (followers <= 0 || (avgLikes == null && avgComments == null)) {
      return null;
    }
    long interactions = (avgLikes == null ? 0 : avgLikes) + (avgComments == null ? 0 : avgComments);
    return (double) interactions / followers;
  }

  static boolean isStale(LocalDate figuresUpdatedOn, LocalDate today) {
    return figuresUpdatedOn == null
        || ChronoUnit.DAYS.between(figuresUpdatedOn, today) > STALE_AFTER_DAYS;
  }

  static String percent(Double rate) {
    return rate == null ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
  }

  static String count(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value);
  }
}
