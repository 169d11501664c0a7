package io.chorus.roster.internal;

import io.chorus.roster.Brief;
import io.chorus.roster.CreatorSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks candidates for a brief and explains each place. Pure: the candidates come in already
 * narrowed by SQL (niche, platform, not blocked), so this never sees the whole roster.
 */
final class Recommender {

  /** Share of a MIXED budget planned for KOLs; the rest (and whatever KOLs leave) buys reach. */
  static final BigDecimal KOL_SHARE = new BigDecimal("0.40");

  private Recommender() {}

  /** A candidate with its points and reasons. */
  record Scored(Candidate candidate, double score, List<String> reasons) {
    CreatorSummary creator() {
      return candidate.creator();
    }
  }

  // ---- CREDIBILITY -------------------------------------------------------------------------

  /**
   * KOLs first; then the match between expertise and the niche, verified credentials, engagement
   * quality, and reach. Points: KOL 1000, each level of match 200, verified 100, engagement up to
   * 99; so each criterion only breaks ties of the ones before it, and reach breaks the last ties.
   */
  static List<Scored> credibility(Brief brief, List<Candidate> candidates) {
    String niche = Text.niche(brief.niche());
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : candidates) {
      CreatorSummary c = candidate.creator();
      List<String> reasons = new ArrayList<>();
      boolean kol = c.kind().isKol();
      int match = expertiseMatch(candidate, niche);
      double engagement = qualityEngagement(c);
      double score =
          (kol ? 1000 : 0)
              + match * 200
              + (c.kolVerified() ? 100 : 0)
              + Math.min(99, engagement * 1000);
      reasons.add(
          kol
              ? "KOL"
                  + (c.kolField() == null ? "" : " in " + c.kolField())
                  + ": ranked with KOLs first for a credibility brief."
              : "Influencer, not a KOL: ranked after every KOL for a credibility brief.");
      reasons.add(matchReason(candidate, niche, match));
      if (kol) {
        reasons.add(
            c.kolVerified()
                ? "Credentials verified."
                : "Credentials not verified, so ranked below verified experts with the same match.");
      }
      reasons.add(engagementReason(c));
      reasons.add("Reach " + Figures.count(c.largestAudience()) + " (" + c.tier() + ").");
      history(candidate).ifPresent(reasons::add);
      scored.add(new Scored(candidate, score, reasons));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(s -> -s.creator().largestAudience())
            .thenComparingLong(s -> s.creator().id()));
    return scored;
  }

  /**
   * The fields of expertise that speak with authority on a niche, beyond the niche's own name: a
   * dermatologist on skincare, a dietitian on nutrition. Matched as words contained in the KOL's
   * field, profession or credentials.
   */
  static final Map<String, List<String>> EXPERT_TERMS =
      Map.ofEntries(
          Map.entry("skincare", List.of("dermatolog", "cosmetic chem")),
          Map.entry("beauty", List.of("dermatolog", "cosmetic", "make-up artist")),
          Map.entry("nutrition", List.of("nutrition", "dietitian", "dietetic")),
          Map.entry("fitness", List.of("sports medicine", "physiotherap", "trainer")),
          Map.entry("fintech", List.of("finance", "financial", "cfa", "banking")),
          Map.entry("personal finance", List.of("finance", "financial", "cfa", "cfp")),
          Map.entry("cloud computing", List.of("cloud", "computer science", "cissp")),
          Map.entry("food", List.of("cuisine", "chef", "culinary")),
          Map.entry("cooking", List.of("cuisine", "chef", "culinary")));

  /**
   * 2: the niche is listed and the expertise is of the niche; 1: one of the two; 0: neither. A
   * nutritionist who lists skincare matches 1, a dermatologist who lists it 2.
   */
  static int expertiseMatch(Candidate candidate, String niche) {
    CreatorSummary c = candidate.creator();
    boolean listed = c.niches().contains(niche);
    return (listed ? 1 : 0) + (expertiseNames(candidate, niche) ? 1 : 0);
  }

  static boolean expertiseNames(Candidate candidate, String niche) {
    CreatorSummary c = candidate.creator();
    if (!c.kind().isKol()) {
      return false;
    }
    String expertise =
        String.join(
                " ",
                c.kolField() == null ? "" : c.kolField(),
                candidate.profession() == null ? "" : candidate.profession(),
                candidate.credentials() == null ? "" : candidate.credentials())
            .toLowerCase(Locale.ROOT);
    if (expertise.isBlank()) {
      return false;
    }
    return expertise.contains(niche)
        || EXPERT_TERMS.getOrDefault(niche, List.of()).stream().anyMatch(expertise::contains);
  }

  private static String matchReason(Candidate candidate, String niche, int match) {
    CreatorSummary c = candidate.creator();
    return switch (match) {
      case 2 ->
          "Expertise matches the niche: "
              + (c.kolField() == null ? "an expert" : "a " + c.kolField() + " expert")
              + " working in "
              + niche
              + ".";
      case 1 ->
          c.niches().contains(niche)
              ? "Works in "
                  + niche
                  + (c.kind().isKol() && c.kolField() != null
                      ? ", though " + c.kolField() + " is not the expertise of that niche."
                      : ", without expertise on record.")
              : "Expertise fits " + niche + ", though it is not among the listed niches.";
      default -> "No direct match with " + niche + ".";
    };
  }

  // ---- AWARENESS ---------------------------------------------------------------------------

  /**
   * Reach weighted by engagement quality: the largest audience times a factor from 0 to 1 that is
   * full when the engagement rate is normal for the tier, lower when it is too low, and halved when
   * it is suspiciously high or unknown.
   */
  static List<Scored> awareness(Brief brief, List<Candidate> candidates) {
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : candidates) {
      CreatorSummary c = candidate.creator();
      EngagementNorms norm = EngagementNorms.of(c.tier());
      double quality = norm.quality(c.engagementRate());
      double score = c.largestAudience() * quality;
      List<String> reasons = new ArrayList<>();
      reasons.add(
          "Reach "
              + Figures.count(c.largestAudience())
              + " ("
              + c.tier()
              + ") weighted by engagement quality "
              + String.format(Locale.ROOT, "%.2f", quality)
              + ": effective reach "
              + Figures.count(Math.round(score))
              + ".");
      reasons.add(engagementReason(c));
      if (c.kind().isKol()) {
        reasons.add("Also a KOL" + (c.kolField() == null ? "." : " in " + c.kolField() + "."));
      }
      history(candidate).ifPresent(reasons::add);
      scored.add(new Scored(candidate, score, reasons));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparingLong(s -> s.creator().id()));
    return scored;
  }

  // ---- MIXED -------------------------------------------------------------------------------

  /** A planned pick with its estimated rate and where the rate came from. */
  record Pick(Scored scored, BigDecimal rate, String rateSource) {}

  /**
   * A mix within the budget: first KOLs by credibility ranking with {@link #KOL_SHARE} of the
   * budget (at most a fifth of the picks), then influencers by effective reach per unit of cost
   * with what is left, until the budget or the number of picks runs out.
   */
  static List<Pick> mixed(
      Brief brief, List<Candidate> kols, List<Candidate> influencers, RateCard rates) {
    BigDecimal budget = brief.budget();
    int limit = brief.limitOrDefault();
    int maxKols = Math.max(1, limit / 5);
    BigDecimal kolBudget = budget.multiply(KOL_SHARE);
    List<Pick> picks = new ArrayList<>();
    Set<Long> taken = new HashSet<>();
    BigDecimal spent = BigDecimal.ZERO;
    for (Scored s : credibility(brief, kols)) {
      if (picks.size() >= maxKols || !s.creator().kind().isKol()) {
        continue;
      }
      Pick pick = price(s, rates, brief.currency());
      if (spent.add(pick.rate()).compareTo(kolBudget) <= 0) {
        picks.add(pick);
        taken.add(s.creator().id());
        spent = spent.add(pick.rate());
      }
    }
    List<Pick> reach = new ArrayList<>();
    for (Scored s : awareness(brief, influencers)) {
      if (!taken.contains(s.creator().id())) {
        reach.add(price(s, rates, brief.currency()));
      }
    }
    reach.sort(
        Comparator.comparingDouble(
                (Pick p) -> -p.scored().score() / Math.max(1.0, p.rate().doubleValue()))
            .thenComparingLong(p -> p.scored().creator().id()));
    for (Pick pick : reach) {
      if (picks.size() >= limit) {
        break;
      }
      if (spent.add(pick.rate()).compareTo(budget) <= 0) {
        picks.add(pick);
        spent = spent.add(pick.rate());
      }
    }
    return picks;
  }

  /** The rate to plan with: the average actually paid in this currency, else the rate card. */
  static Pick price(Scored scored, RateCard rates, String currency) {
    Candidate c = scored.candidate();
    if (c.averageRatePaid() != null && c.paidCampaigns() > 0) {
      return new Pick(
          scored,
          c.averageRatePaid().setScale(2, RoundingMode.HALF_UP),
          "average paid over "
              + c.paidCampaigns()
              + " past campaign"
              + (c.paidCampaigns() == 1 ? "" : "s")
              + " in "
              + currency);
    }
    BigDecimal base = rates.perTier().get(c.creator().tier());
    boolean kol = c.creator().kind().isKol();
    BigDecimal rate =
        (kol ? base.multiply(rates.kolPremium()) : base).setScale(2, RoundingMode.HALF_UP);
    return new Pick(
        scored,
        rate,
        "rate card for "
            + c.creator().tier()
            + (kol ? " × " + rates.kolPremium().toPlainString() + " KOL premium" : "")
            + " (no payment history)");
  }

  // ---- shared ------------------------------------------------------------------------------

  /** The engagement rate, with a rate above the tier's band discounted to its floor. */
  static double qualityEngagement(CreatorSummary c) {
    if (c.engagementRate() == null) {
      return 0;
    }
    EngagementNorms norm = EngagementNorms.of(c.tier());
    return c.engagementRate() > norm.high ? norm.low : c.engagementRate();
  }

  private static String engagementReason(CreatorSummary c) {
    if (c.engagementRate() == null) {
      return "Engagement unknown (no likes or comments on record).";
    }
    EngagementNorms norm = EngagementNorms.of(c.tier());
    String rate = Figures.percent(c.engagementRate());
    if (c.engagementRate() > norm.high) {
      return "Engagement "
          + rate
          + " is suspiciously high for "
          + c.tier()
          + " (usual "
          + norm.band()
          + "), so it counts for less.";
    }
    if (c.engagementRate() < norm.low) {
      return "Engagement " + rate + " is low for " + c.tier() + " (usual " + norm.band() + ").";
    }
    return "Engagement " + rate + " is healthy for " + c.tier() + " (usual " + norm.band() + ").";
  }

  private static java.util.Optional<String> history(Candidate c) {
    if (c.undelivered() > 0) {
      return java.util.Optional.of(
          "Caution: " + c.undelivered() + " past engagement(s) undelivered.");
    }
    if (c.delivered() > 0) {
      return java.util.Optional.of("Delivered " + c.delivered() + " past campaign(s).");
    }
    return java.util.Optional.empty();
  }
}
