package io.chorus.reporting.internal;

import io.chorus.reporting.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The additive figures of one group, as the aggregate queries return them. Groups add up (a kind is
 * the sum of its kind-and-tier groups), so totals never need another query; the ratios are worked
 * out only at the end, in {@link #figures}.
 */
final class Counts {

  long shortlisted;
  long contacted;
  long accepted;
  long contracted;
  long delivered;
  long verifiedCreators;
  long declined;
  long noResponse;
  long reach;

  long deliverables;
  long submitted;
  long approved;
  long published;
  long verified;
  long undelivered;
  long onTime;
  long versions;

  long views;
  long impressions;
  long engagements;
  long clicks;

  BigDecimal committed = BigDecimal.ZERO;
  BigDecimal paid = BigDecimal.ZERO;
  BigDecimal due = BigDecimal.ZERO;
  BigDecimal saved = BigDecimal.ZERO;

  long ratingSum;
  long ratings;

  Counts add(Counts o) {
    shortlisted += o.shortlisted;
    contacted += o.contacted;
    accepted += o.accepted;
    contracted += o.contracted;
    delivered += o.delivered;
    verifiedCreators += o.verifiedCreators;
    declined += o.declined;
    noResponse += o.noResponse;
    reach += o.reach;
    deliverables += o.deliverables;
    submitted += o.submitted;
    approved += o.approved;
    published += o.published;
    verified += o.verified;
    undelivered += o.undelivered;
    onTime += o.onTime;
    versions += o.versions;
    views += o.views;
    impressions += o.impressions;
    engagements += o.engagements;
    clicks += o.clicks;
    committed = committed.add(o.committed);
    paid = paid.add(o.paid);
    due = due.add(o.due);
    saved = saved.add(o.saved);
    ratingSum += o.ratingSum;
    ratings += o.ratings;
    return this;
  }

  BigDecimal spend() {
    return paid.add(due);
  }

  Figures figures(
      String dimension,
      String value,
      String currency,
      BigDecimal budget,
      BigDecimal emvCpm,
      BigDecimal emvCpe) {
    BigDecimal spend = spend();
    return new Figures(
        dimension,
        value,
        currency,
        new Figures.Funnel(
            shortlisted,
            contacted,
            accepted,
            contracted,
            delivered,
            verifiedCreators,
            declined,
            noResponse,
            rate(contacted, shortlisted),
            rate(accepted, contacted),
            rate(contracted, accepted),
            rate(delivered, contracted),
            rate(verifiedCreators, delivered),
            rate(declined, contacted),
            rate(noResponse, contacted)),
        new Figures.Delivery(
            deliverables,
            submitted,
            approved,
            published,
            verified,
            undelivered,
            onTime,
            rate(onTime, verified),
            submitted == 0
                ? null
                : BigDecimal.valueOf(versions)
                    .divide(BigDecimal.valueOf(submitted), 2, RoundingMode.HALF_UP)),
        new Figures.Audience(
            reach, views, impressions, engagements, rate(engagements, reach), clicks),
        new Figures.Money(
            budget == null ? null : money(budget),
            money(committed),
            money(paid),
            money(due),
            money(saved),
            money(spend),
            engagements == 0
                ? null
                : spend.divide(BigDecimal.valueOf(engagements), 4, RoundingMode.HALF_UP),
            impressions == 0
                ? null
                : spend
                    .multiply(BigDecimal.valueOf(1000))
                    .divide(BigDecimal.valueOf(impressions), 2, RoundingMode.HALF_UP),
            verified == 0
                ? null
                : spend.divide(BigDecimal.valueOf(verified), 2, RoundingMode.HALF_UP),
            EmvRates.value(emvCpm, emvCpe, impressions, engagements)));
  }

  static BigDecimal rate(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
