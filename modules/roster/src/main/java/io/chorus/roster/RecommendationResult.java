package io.chorus.roster;

import java.math.BigDecimal;
import java.util.List;

/** The answer to a brief: ranked suggestions, how they were ranked, and (for MIXED) the cost. */
public record RecommendationResult(
    RecommendationGoal goal,
    String niche,
    String method,
    BigDecimal budget,
    BigDecimal estimatedTotal,
    String currency,
    List<Recommendation> suggestions) {}
