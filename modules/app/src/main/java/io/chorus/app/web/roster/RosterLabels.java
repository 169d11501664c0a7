package io.chorus.app.web.roster;

import io.chorus.roster.CreatorKind;
import java.util.Locale;

/** How roster values read on a page: kinds in words, counts with separators, rates as percent. */
final class RosterLabels {

  private RosterLabels() {}

  static String kind(CreatorKind kind) {
    return switch (kind) {
      case INFLUENCER -> "Influencer";
      case KOL -> "KOL";
      case BOTH -> "KOL and influencer";
    };
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A fraction (0.025) as a percentage with one decimal ("2.5%"), or a dash when unknown. */
  static String percent(Double fraction) {
    return fraction == null ? "—" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
