package io.chorus.roster;

import java.math.BigDecimal;
import java.util.List;

/**
 * One suggested creator with its place in the ranking and the reasons for it, one sentence each,
 * most important first, and joined as one {@code explanation}. {@code estimatedRate} and {@code
 * rateSource} say what a MIXED plan assumed the creator costs.
 */
public record Recommendation(
    int rank,
    CreatorSummary creator,
    double score,
    BigDecimal estimatedRate,
    String rateSource,
    String explanation,
    List<String> reasons) {

  public Recommendation {
    reasons = List.copyOf(reasons);
  }

  /** A suggestion whose explanation is its reasons as one text. */
  public static Recommendation of(
      int rank,
      CreatorSummary creator,
      double score,
      BigDecimal estimatedRate,
      String rateSource,
      List<String> reasons) {
    return new Recommendation(
        rank, creator, score, estimatedRate, rateSource, String.join(" ", reasons), reasons);
  }
}
