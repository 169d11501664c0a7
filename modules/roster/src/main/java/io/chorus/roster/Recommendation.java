package io.chorus.roster;

import java.math.BigDecimal;
import java.util.List;

/**
 * One suggested creator with its place in the ranking and the reasons for it, one sentence each,
 * most important first. {@code estimatedRate} and {@code rateSource} say what a MIXED plan assumed
 * the creator costs.
 */
public record Recommendation(
    int rank,
    CreatorSummary creator,
    double score,
    BigDecimal estimatedRate,
    String rateSource,
    List<String> reasons) {

  /** The reasons as one readable explanation. */
  public String explanation() {
    return String.join(" ", reasons);
  }
}
