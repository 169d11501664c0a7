package io.chorus.reporting.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five GROUP BY queries every report is made of, over the engagement and deliverable rows,
 * grouped by two columns of the row (kind and tier, month and currency, ...) and optionally limited
 * to one campaign. The database does the counting and summing; Java only merges a few rows per
 * group.
 */
final class Aggregates {

  private static final String VERIFIED = "io.chorus.reporting.DeliverableStatus.VERIFIED";
  private static final String REJECTED = "io.chorus.reporting.DeliverableStatus.REJECTED";
  private static final String UNDELIVERED = "io.chorus.reporting.DeliverableStatus.UNDELIVERED";

  /** Two columns of both row types to group by, e.g. {@code kind} and {@code tier}. */
  record Grouping(String first, String second) {}

  static final Grouping KIND_TIER = new Grouping("kind", "tier");
  static final Grouping MONTH = new Grouping("month", "currency");
  static final Grouping NICHE = new Grouping("niche", "currency");
  static final Grouping KIND = new Grouping("kind", "currency");
  static final Grouping TIER = new Grouping("tier", "currency");
  static final Grouping CREATOR = new Grouping("creatorId", "currency");

  private Aggregates() {}

  /** The counts per group, in the order of the groups' keys. */
  static Map<List<Object>, Counts> counts(EntityManager em, Grouping by, Long campaignId) {
    Map<List<Object>, Counts> groups = new LinkedHashMap<>();
    String keys = "x." + by.first() + ", x." + by.second();
    String where = campaignId == null ? "" : " and x.campaignId = :c";

    for (Object[] r :
        query(
            em,
            "select "
                + keys
                + ", count(x), count(x.contactedAt), count(x.acceptedAt), count(x.contractedAt),"
                + " sum(case when x.outcome = 'DECLINED' then 1 else 0 end),"
                + " sum(case when x.outcome = 'NO_RESPONSE' then 1 else 0 end),"
                + " sum(x.committed), sum(x.paid), sum(x.due), sum(x.saved),"
                + " sum(x.rating), count(x.rating)"
                + " from EngagementRow x where 1 = 1"
                + where
                + " group by "
                + keys,
            campaignId)) {
      Counts c = group(groups, r);
      c.shortlisted = n(r[2]);
      c.contacted = n(r[3]);
      c.accepted = n(r[4]);
      c.contracted = n(r[5]);
      c.declined = n(r[6]);
      c.noResponse = n(r[7]);
      c.committed = m(r[8]);
      c.paid = m(r[9]);
      c.due = m(r[10]);
      c.saved = m(r[11]);
      c.ratingSum = n(r[12]);
      c.ratings = n(r[13]);
    }

    // Reach and "verified" in the funnel: creators with at least one verified deliverable.
    for (Object[] r :
        query(
            em,
            "select "
                + keys
                + ", count(x), sum(x.followers) from EngagementRow x where x.engagementId in"
                + " (select d.engagementId from DeliverableRow d where d.status = "
                + VERIFIED
                + (campaignId == null ? "" : " and d.campaignId = :c")
                + ")"
                + where
                + " group by "
                + keys,
            campaignId)) {
      Counts c = group(groups, r);
      c.verifiedCreators = n(r[2]);
      c.reach = n(r[3]);
    }

    for (Object[] r :
        query(
            em,
            "select "
                + keys
                + ", count(x), count(x.submittedAt), count(x.approvedAt), count(x.publishedAt),"
                + " sum(case when x.status = "
                + VERIFIED
                + " then 1 else 0 end),"
                + " sum(case when x.status = "
                + REJECTED
                + " then 1 when x.status = "
                + UNDELIVERED
                + " then 1 else 0 end),"
                + " sum(case when x.status = "
                + VERIFIED
                + " and x.resolvedOn <= x.dueDate then 1 else 0 end),"
                + " sum(x.versions)"
                + " from DeliverableRow x where 1 = 1"
                + where
                + " group by "
                + keys,
            campaignId)) {
      Counts c = group(groups, r);
      c.deliverables = n(r[2]);
      c.submitted = n(r[3]);
      c.approved = n(r[4]);
      c.published = n(r[5]);
      c.verified = n(r[6]);
      c.undelivered = n(r[7]);
      c.onTime = n(r[8]);
      c.versions = n(r[9]);
    }

    // Delivered in the funnel: creators with at least one live post.
    for (Object[] r :
        query(
            em,
            "select "
                + keys
                + ", count(distinct x.engagementId) from DeliverableRow x"
                + " where x.publishedAt is not null"
                + where
                + " group by "
                + keys,
            campaignId)) {
      group(groups, r).delivered = n(r[2]);
    }

    // Results count verified deliverables only.
    for (Object[] r :
        query(
            em,
            "select "
                + keys
                + ", sum(x.views), sum(x.impressions), sum(x.engagements), sum(x.clicks)"
                + " from DeliverableRow x where x.status = "
                + VERIFIED
                + where
                + " group by "
                + keys,
            campaignId)) {
      Counts c = group(groups, r);
      c.views = n(r[2]);
      c.impressions = n(r[3]);
      c.engagements = n(r[4]);
      c.clicks = n(r[5]);
    }
    return groups;
  }

  private static List<Object[]> query(EntityManager em, String jpql, Long campaignId) {
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
    if (campaignId != null) {
      query.setParameter("c", campaignId);
    }
    return query.getResultList();
  }

  private static Counts group(Map<List<Object>, Counts> groups, Object[] row) {
    return groups.computeIfAbsent(java.util.Arrays.asList(row[0], row[1]), k -> new Counts());
  }

  static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static BigDecimal m(Object value) {
    return value == null ? BigDecimal.ZERO : (BigDecimal) value;
  }
}
