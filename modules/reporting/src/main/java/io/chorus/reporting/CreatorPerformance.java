package io.chorus.reporting;

import java.math.BigDecimal;

/**
 * One creator over all campaigns, for the next shortlist. Delivery rate: verified ÷ contracted
 * deliverables; on-time rate: verified by the due date ÷ verified; CPE: spend ÷ engagements;
 * rating: the average of the ratings given, {@code null} without any.
 */
public record CreatorPerformance(
    long creatorId,
    String creatorName,
    String kind,
    String tier,
    String currency,
    long engagements,
    long deliverablesContracted,
    long deliverablesVerified,
    BigDecimal deliveryRate,
    BigDecimal onTimeRate,
    BigDecimal spend,
    long postEngagements,
    BigDecimal cpe,
    BigDecimal averageRating,
    long ratings) {}
