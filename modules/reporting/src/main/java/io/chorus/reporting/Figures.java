package io.chorus.reporting;

import java.math.BigDecimal;

/**
 * Every figure of a report for one group of engagements: the whole campaign, one kind (KOL or
 * influencer), one tier, or one kind and tier. Rates are fractions (0.25 is 25 %) with 4 decimals,
 * money has 2 decimals (CPE 4); a rate whose denominator is 0 is {@code null}.
 *
 * @param dimension {@code total}, {@code kind}, {@code tier}, {@code kind+tier}, {@code month},
 *     {@code niche}
 * @param value the group, e.g. {@code KOL}, {@code MICRO}, {@code KOL/MICRO}, {@code 2026-03}
 */
public record Figures(
    String dimension,
    String value,
    String currency,
    Funnel funnel,
    Delivery deliverables,
    Audience audience,
    Money money) {

  /**
   * Creators through the steps. Conversions: contacted ÷ shortlisted, accepted ÷ contacted,
   * contracted ÷ accepted, delivered ÷ contracted, verified ÷ delivered. Decline and no-response
   * rates are of the creators contacted. Delivered: at least one live post; verified: at least one
   * verified deliverable.
   */
  public record Funnel(
      long shortlisted,
      long contacted,
      long accepted,
      long contracted,
      long delivered,
      long verified,
      long declined,
      long noResponse,
      BigDecimal contactRate,
      BigDecimal acceptanceRate,
      BigDecimal contractRate,
      BigDecimal deliveryRate,
      BigDecimal verificationRate,
      BigDecimal declineRate,
      BigDecimal noResponseRate) {}

  /**
   * Contracted deliverables. Undelivered counts rejected and undelivered ones. On-time rate:
   * verified by the due date ÷ verified. Average review rounds: draft versions ÷ deliverables with
   * a draft.
   */
  public record Delivery(
      long contracted,
      long submitted,
      long approved,
      long published,
      long verified,
      long undelivered,
      long onTime,
      BigDecimal onTimeRate,
      BigDecimal averageReviewRounds) {}

  /**
   * Results of verified deliverables. Reach: followers of the creators with a verified deliverable;
   * engagement rate: engagements ÷ reach.
   */
  public record Audience(
      long reach,
      long views,
      long impressions,
      long engagements,
      BigDecimal engagementRate,
      long clicks) {}

  /**
   * Money in the campaign's currency. Spend = paid + due. CPE = spend ÷ engagements; CPM = spend ÷
   * impressions × 1000; cost per verified deliverable = spend ÷ verified deliverables; saved: what
   * ended engagements committed and neither paid nor owe. {@code budget} only on totals. {@code
   * emvEstimate} is an estimate: see {@link CampaignReport.Emv}.
   */
  public record Money(
      BigDecimal budget,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal due,
      BigDecimal saved,
      BigDecimal spend,
      BigDecimal cpe,
      BigDecimal cpm,
      BigDecimal costPerVerifiedDeliverable,
      BigDecimal emvEstimate) {}
}
