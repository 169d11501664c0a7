package io.chorus.reporting.internal;

import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.CreatorPerformance;
import io.chorus.reporting.CycleTimes;
import io.chorus.reporting.DeliverableStatus;
import io.chorus.reporting.Figures;
import io.chorus.reporting.PortfolioReport;
import io.chorus.reporting.ReportNotFoundException;
import io.chorus.reporting.ReportService;
import io.chorus.reporting.StageHistory;
import io.chorus.reporting.StageVisit;
import io.chorus.reporting.UgcItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reports from the read model: a handful of aggregate queries per report, never a load of every
 * row. A frozen campaign's cycle times and EMV rates come from what was stored at wrap-up; an open
 * campaign's from process history and the configuration now.
 */
@ApplicationScoped
public class DefaultReportService implements ReportService {

  /** Content items listed in the campaign report itself; the UGC endpoint lists all. */
  static final int UGC_IN_REPORT = 50;

  /** Slowest visits listed per stage. */
  static final int SLOWEST = 3;

  @PersistenceContext(unitName = "reporting")
  EntityManager em;

  @Inject StageHistory history;
  @Inject EmvRates rates;

  @Override
  public CampaignReport campaign(long campaignId) {
    CampaignRow campaign = campaignRow(campaignId);
    BigDecimal cpm = campaign.frozen() && campaign.emvCpm != null ? campaign.emvCpm : rates.cpm();
    BigDecimal cpe = campaign.frozen() && campaign.emvCpe != null ? campaign.emvCpe : rates.cpe();
    Map<List<Object>, Counts> groups = Aggregates.counts(em, Aggregates.KIND_TIER, campaignId);

    Counts total = new Counts();
    Map<String, Counts> byKind = new TreeMap<>();
    Map<String, Counts> byTier =
        new TreeMap<>(
            Comparator.comparingInt(DefaultReportService::tierOrder)
                .thenComparing(Function.identity()));
    List<Figures> byKindAndTier = new ArrayList<>();
    groups.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<List<Object>, Counts> e) -> (String) e.getKey().get(0))
                .thenComparingInt(e -> tierOrder((String) e.getKey().get(1))))
        .forEach(
            e -> {
              String kind = (String) e.getKey().get(0);
              String tier = (String) e.getKey().get(1);
              Counts c = e.getValue();
              total.add(c);
              byKind.computeIfAbsent(kind, k -> new Counts()).add(c);
              byTier.computeIfAbsent(tier, k -> new Counts()).add(c);
              byKindAndTier.add(
                  c.figures("kind+tier", kind + "/" + tier, campaign.currency, null, cpm, cpe));
            });

    List<StageVisit> visits =
        campaign.frozen()
            ? em.createQuery(
                    "select v from StageVisitRow v where v.campaignId = :c", StageVisitRow.class)
                .setParameter("c", campaignId)
                .getResultStream()
                .map(StageVisitRow::visit)
                .toList()
            : history.finishedStages(campaignId);

    return new CampaignReport(
        campaign.campaignId,
        campaign.name,
        campaign.brand,
        campaign.niche,
        campaign.currency,
        Counts.money(campaign.budget),
        campaign.startDate,
        campaign.endDate,
        campaign.status,
        campaign.frozenAt,
        total.figures("total", "all", campaign.currency, campaign.budget, cpm, cpe),
        figures("kind", byKind, campaign.currency, cpm, cpe),
        figures("tier", byTier, campaign.currency, cpm, cpe),
        byKindAndTier,
        undelivered(campaignId),
        new CampaignReport.Emv(
            true,
            cpm,
            cpe,
            EmvRates.formula(cpm, cpe),
            EmvRates.value(cpm, cpe, total.impressions, total.engagements)),
        CycleTimes.of(visits, creatorNames(campaignId), SLOWEST),
        new CampaignReport.Ugc(
            total.verified, withUsageRights(campaignId), ugc(campaignId, UGC_IN_REPORT)));
  }

  @Override
  public List<UgcItem> ugc(long campaignId) {
    campaignRow(campaignId);
    return ugc(campaignId, Integer.MAX_VALUE);
  }

  @Override
  public PortfolioReport portfolio() {
    BigDecimal cpm = rates.cpm();
    BigDecimal cpe = rates.cpe();
    Map<List<Object>, BigDecimal> budgetByMonth = budgets("month");
    Map<List<Object>, BigDecimal> budgetByNiche = budgets("niche");
    long campaigns =
        em.createQuery("select count(c) from CampaignRow c", Long.class).getSingleResult();
    return new PortfolioReport(
        campaigns,
        portfolio("month", Aggregates.MONTH, budgetByMonth, cpm, cpe),
        portfolio("niche", Aggregates.NICHE, budgetByNiche, cpm, cpe),
        portfolio("kind", Aggregates.KIND, Map.of(), cpm, cpe),
        portfolio("tier", Aggregates.TIER, Map.of(), cpm, cpe),
        new CampaignReport.Emv(true, cpm, cpe, EmvRates.formula(cpm, cpe), null));
  }

  @Override
  public List<CreatorPerformance> creators(int limit) {
    Map<Long, Object[]> names = new HashMap<>();
    em.createQuery(
            "select x.creatorId, max(x.creatorName), max(x.kind), max(x.tier)"
                + " from EngagementRow x group by x.creatorId",
            Object[].class)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], r));
    return Aggregates.counts(em, Aggregates.CREATOR, null).entrySet().stream()
        .map(
            e -> {
              long creatorId = ((Number) e.getKey().get(0)).longValue();
              Object[] who = names.getOrDefault(creatorId, new Object[4]);
              Counts c = e.getValue();
              BigDecimal spend = Counts.money(c.spend());
              return new CreatorPerformance(
                  creatorId,
                  (String) who[1],
                  (String) who[2],
                  (String) who[3],
                  (String) e.getKey().get(1),
                  c.shortlisted,
                  c.deliverables,
                  c.verified,
                  Counts.rate(c.verified, c.deliverables),
                  Counts.rate(c.onTime, c.verified),
                  spend,
                  c.engagements,
                  c.engagements == 0
                      ? null
                      : c.spend()
                          .divide(BigDecimal.valueOf(c.engagements), 4, RoundingMode.HALF_UP),
                  c.ratings == 0
                      ? null
                      : BigDecimal.valueOf(c.ratingSum)
                          .divide(BigDecimal.valueOf(c.ratings), 2, RoundingMode.HALF_UP),
                  c.ratings);
            })
        .sorted(
            Comparator.comparing(
                    CreatorPerformance::creatorName,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(CreatorPerformance::creatorId))
        .limit(Math.max(0, limit))
        .toList();
  }

  // ---- parts

  private CampaignRow campaignRow(long campaignId) {
    CampaignRow campaign = em.find(CampaignRow.class, campaignId);
    if (campaign == null) {
      throw new ReportNotFoundException("No campaign " + campaignId + " to report on");
    }
    return campaign;
  }

  private static List<Figures> figures(
      String dimension,
      Map<String, Counts> groups,
      String currency,
      BigDecimal cpm,
      BigDecimal cpe) {
    return groups.entrySet().stream()
        .map(e -> e.getValue().figures(dimension, e.getKey(), currency, null, cpm, cpe))
        .toList();
  }

  private List<Figures> portfolio(
      String dimension,
      Aggregates.Grouping by,
      Map<List<Object>, BigDecimal> budgets,
      BigDecimal cpm,
      BigDecimal cpe) {
    return Aggregates.counts(em, by, null).entrySet().stream()
        .sorted(
            Comparator.comparing(
                    (Map.Entry<List<Object>, Counts> e) -> Objects.toString(e.getKey().get(0), ""))
                .thenComparing(e -> Objects.toString(e.getKey().get(1), "")))
        .map(
            e ->
                e.getValue()
                    .figures(
                        dimension,
                        Objects.toString(e.getKey().get(0), "(none)"),
                        (String) e.getKey().get(1),
                        budgets.isEmpty()
                            ? null
                            : budgets.getOrDefault(e.getKey(), BigDecimal.ZERO),
                        cpm,
                        cpe))
        .toList();
  }

  private Map<List<Object>, BigDecimal> budgets(String field) {
    Map<List<Object>, BigDecimal> budgets = new HashMap<>();
    em.createQuery(
            "select c."
                + field
                + ", c.currency, sum(c.budget) from CampaignRow c group by c."
                + field
                + ", c.currency",
            Object[].class)
        .getResultList()
        .forEach(r -> budgets.put(java.util.Arrays.asList(r[0], r[1]), (BigDecimal) r[2]));
    return budgets;
  }

  private List<CampaignReport.Undelivered> undelivered(long campaignId) {
    return em
        .createQuery(
            "select x.status, x.reason, count(x) from DeliverableRow x where x.campaignId = :c"
                + " and x.status in :s group by x.status, x.reason order by x.status, x.reason",
            Object[].class)
        .setParameter("c", campaignId)
        .setParameter("s", List.of(DeliverableStatus.REJECTED, DeliverableStatus.UNDELIVERED))
        .getResultList()
        .stream()
        .map(
            r ->
                new CampaignReport.Undelivered(
                    (DeliverableStatus) r[0], (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }

  private long withUsageRights(long campaignId) {
    return em.createQuery(
            "select count(d) from DeliverableRow d, EngagementRow e"
                + " where e.engagementId = d.engagementId and d.campaignId = :c"
                + " and d.status = :v and e.usageExpiresOn is not null",
            Long.class)
        .setParameter("c", campaignId)
        .setParameter("v", DeliverableStatus.VERIFIED)
        .getSingleResult();
  }

  private List<UgcItem> ugc(long campaignId, int limit) {
    return em.createQuery(
            "select d, e from DeliverableRow d, EngagementRow e"
                + " where e.engagementId = d.engagementId and d.campaignId = :c and d.status = :v"
                + " order by e.usageExpiresOn nulls last, d.deliverableId",
            Object[].class)
        .setParameter("c", campaignId)
        .setParameter("v", DeliverableStatus.VERIFIED)
        .setMaxResults(limit)
        .getResultStream()
        .map(
            r -> {
              DeliverableRow d = (DeliverableRow) r[0];
              EngagementRow e = (EngagementRow) r[1];
              return new UgcItem(
                  d.deliverableId,
                  d.engagementId,
                  e.creatorName,
                  d.kind,
                  d.tier,
                  d.platform,
                  d.format,
                  d.liveUrl,
                  d.resolvedOn,
                  e.usageChannels == null ? "" : e.usageChannels,
                  e.usageExpiresOn);
            })
        .toList();
  }

  private Map<Long, String> creatorNames(long campaignId) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery(
            "select e.engagementId, e.creatorName from EngagementRow e where e.campaignId = :c",
            Object[].class)
        .setParameter("c", campaignId)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }

  /** Tiers from small to large audiences; anything else after them. */
  static int tierOrder(String tier) {
    List<String> order = List.of("NANO", "MICRO", "MACRO", "MEGA");
    int i = order.indexOf(tier);
    return i < 0 ? order.size() : i;
  }
}
