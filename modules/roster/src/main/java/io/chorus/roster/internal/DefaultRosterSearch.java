package io.chorus.roster.internal;

import io.chorus.roster.Brief;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorQuery;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.CreatorSummary;
import io.chorus.roster.Outcome;
import io.chorus.roster.Recommendation;
import io.chorus.roster.RecommendationResult;
import io.chorus.roster.ResultPage;
import io.chorus.roster.RosterSearch;
import io.chorus.roster.RosterValidationException;
import io.chorus.roster.Tier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The roster's read side, in SQL: paged search on indexed columns, streaming CSV export, and the
 * candidate queries behind recommendations. Entities are not used here, so a page of 50 reads 50
 * rows plus one query for their niches.
 */
@ApplicationScoped
public class DefaultRosterSearch implements RosterSearch {

  /** How many candidates SQL hands to the ranking; the best are among the first by audience. */
  static final int CANDIDATES = 500;

  private static final int EXPORT_CHUNK = 1000;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "chorus.roster.rate-card", defaultValue = RateCard.DEFAULT)
  String rateCardSetting;

  @Inject
  @ConfigProperty(name = "chorus.roster.kol-premium", defaultValue = RateCard.DEFAULT_KOL_PREMIUM)
  String kolPremiumSetting;

  private RateCard rateCard;

  @PostConstruct
  void init() {
    rateCard = RateCard.parse(rateCardSetting, kolPremiumSetting);
  }

  @Override
  public ResultPage<CreatorSummary> search(CreatorQuery query) {
    CreatorSql sql = CreatorSql.of(query);
    int n = sql.parameters().size();
    Query select =
        em.createNativeQuery(
            "select "
                + CreatorSql.SUMMARY_COLUMNS
                + " from roster_creator c"
                + sql.where()
                + CreatorSql.orderBy(query.sort(), query.descending())
                + " limit ?"
                + (n + 1)
                + " offset ?"
                + (n + 2));
    bind(select, sql.parameters());
    select.setParameter(n + 1, query.size());
    select.setParameter(n + 2, (long) query.page() * query.size());
    List<CreatorSummary> items = summaries(rows(select));
    long total;
    if (query.page() == 0 && items.size() < query.size()) {
      total = items.size(); // the whole result fits on the first page: no need to count
    } else {
      Query count = em.createNativeQuery("select count(*) from roster_creator c" + sql.where());
      bind(count, sql.parameters());
      total = ((Number) count.getSingleResult()).longValue();
    }
    return new ResultPage<>(items, query.page(), query.size(), total);
  }

  @Override
  public long exportCsv(CreatorQuery query, Writer out) throws IOException {
    CreatorSql sql = CreatorSql.of(query);
    int n = sql.parameters().size();
    long written = 0;
    long lastId = -1;
    try (CSVPrinter printer = new CSVPrinter(out, CsvFormat.WRITE)) {
      while (true) {
        // Keyset paging by id: every chunk is an index range, however deep the export goes.
        Query select =
            em.createNativeQuery(
                "select c.id, c.name, c.email, c.country, c.kind, c.status, c.owner, c.notes,"
                    + " c.kol_field, c.kol_profession, c.kol_credentials, c.kol_affiliations,"
                    + " c.kol_publications, c.kol_regulated, c.kol_verified_by,"
                    + " c.kol_verified_on, c.kol_verified_against from roster_creator c"
                    + sql.where()
                    + " and c.id > ?"
                    + (n + 1)
                    + " order by c.id limit ?"
                    + (n + 2));
        bind(select, sql.parameters());
        select.setParameter(n + 1, lastId);
        select.setParameter(n + 2, EXPORT_CHUNK);
        List<Object[]> rows = rows(select);
        if (rows.isEmpty()) {
          break;
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<String>> niches = values(ids, "roster_creator_niche", "niche");
        Map<Long, List<String>> languages = values(ids, "roster_creator_language", "language");
        Map<Long, List<ExportRow.AccountCells>> accounts = accounts(ids);
        for (Object[] r : rows) {
          long id = ((Number) r[0]).longValue();
          CsvFormat.write(
              printer,
              new ExportRow(
                  id,
                  (String) r[1],
                  (String) r[2],
                  (String) r[3],
                  (String) r[4],
                  languages.getOrDefault(id, List.of()),
                  niches.getOrDefault(id, List.of()),
                  (String) r[5],
                  (String) r[6],
                  (String) r[7],
                  (String) r[8],
                  (String) r[9],
                  (String) r[10],
                  (String) r[11],
                  (String) r[12],
                  bool(r[13]),
                  (String) r[14],
                  r[15],
                  (String) r[16],
                  accounts.getOrDefault(id, List.of())));
          written++;
          lastId = id;
        }
        printer.flush();
      }
    }
    return written;
  }

  @Override
  public RecommendationResult recommend(Brief brief) {
    String niche = Text.niche(brief.niche());
    int limit = brief.limitOrDefault();
    String currency = brief.currency() == null ? "USD" : brief.currency();
    Brief normalized =
        new Brief(brief.goal(), niche, brief.budget(), currency, brief.platforms(), limit);
    return switch (brief.goal()) {
      case CREDIBILITY -> {
        // KOLs with the best chance first (verified, then by audience), then influencers.
        List<Candidate> candidates = new ArrayList<>(candidates(normalized, true));
        candidates.addAll(candidates(normalized, false));
        List<Recommender.Scored> ranked = Recommender.credibility(normalized, candidates);
        yield result(
            normalized,
            "KOLs first, then by expertise match with the niche, verified credentials,"
                + " engagement quality, and reach.",
            ranked.stream().limit(limit).map(s -> new Recommender.Pick(s, null, null)).toList(),
            false);
      }
      case AWARENESS -> {
        List<Recommender.Scored> ranked =
            Recommender.awareness(normalized, candidates(normalized, null));
        yield result(
            normalized,
            "By reach weighted by engagement quality for the tier (effective reach).",
            ranked.stream().limit(limit).map(s -> new Recommender.Pick(s, null, null)).toList(),
            false);
      }
      case MIXED -> {
        if (brief.budget() == null || brief.budget().signum() <= 0) {
          throw new RosterValidationException(
              "budget", "A MIXED brief needs a budget to plan the mix within.");
        }
        List<Recommender.Pick> picks =
            Recommender.mixed(
                normalized, candidates(normalized, true), candidates(normalized, false), rateCard);
        yield result(
            normalized,
            "Up to "
                + Recommender.KOL_SHARE.movePointRight(2).stripTrailingZeros().toPlainString()
                + "% of the budget on KOLs ranked for credibility, the rest on influencers with"
                + " the most effective reach per unit of cost; rates from payment history, else"
                + " the rate card.",
            picks,
            true);
      }
    };
  }

  private RecommendationResult result(
      Brief brief, String method, List<Recommender.Pick> picks, boolean priced) {
    List<Recommendation> suggestions = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Recommender.Pick pick : picks) {
      List<String> reasons = new ArrayList<>();
      reasons.addAll(pick.scored().reasons());
      if (priced) {
        total = total.add(pick.rate());
        reasons.add(
            "Estimated "
                + pick.rate().toPlainString()
                + " "
                + brief.currency()
                + " ("
                + pick.rateSource()
                + "); running total "
                + total.toPlainString()
                + " of "
                + brief.budget().setScale(2, RoundingMode.HALF_UP).toPlainString()
                + ".");
      }
      suggestions.add(
          Recommendation.of(
              suggestions.size() + 1,
              pick.scored().creator(),
              Math.round(pick.scored().score() * 100) / 100.0,
              pick.rate(),
              pick.rateSource(),
              reasons));
    }
    return new RecommendationResult(
        brief.goal(),
        brief.niche(),
        method,
        brief.budget(),
        priced ? total : null,
        brief.currency(),
        suggestions);
  }

  /**
   * Creators in the niche (listed, or named by the KOL field), not blocked, on the brief's
   * platforms. {@code kols}: true for KOLs and both-kind only, false for influencers only, null for
   * everyone. At most {@link #CANDIDATES}, the most promising first.
   */
  List<Candidate> candidates(Brief brief, Boolean kols) {
    CreatorSql sql = new CreatorSql();
    sql.and("c.status <> ?", CreatorStatus.BLOCKED.name());
    sql.and(
        "(exists (select 1 from roster_creator_niche n where n.creator_id = c.id and n.niche = ?)"
            + " or c.kol_field_key like ? escape '\\')",
        brief.niche(),
        Text.likeContains(brief.niche()));
    sql.platforms(brief.platforms());
    if (kols != null) {
      sql.in(
          "c.kind",
          kols ? List.of(CreatorKind.KOL, CreatorKind.BOTH) : List.of(CreatorKind.INFLUENCER));
    }
    String order =
        Boolean.TRUE.equals(kols)
            ? " order by case when c.kol_verified_on is null then 1 else 0 end,"
                + " c.largest_audience desc, c.id"
            : " order by c.largest_audience desc, c.id";
    int n = sql.parameters().size();
    Query select =
        em.createNativeQuery(
            "select "
                + CreatorSql.SUMMARY_COLUMNS
                + ", c.kol_profession, c.kol_credentials from roster_creator c"
                + sql.where()
                + order
                + " limit ?"
                + (n + 1));
    bind(select, sql.parameters());
    select.setParameter(n + 1, CANDIDATES);
    List<Object[]> rows = rows(select);
    List<CreatorSummary> summaries = summaries(rows);
    Map<Long, long[]> outcomes = outcomes(summaries);
    Map<Long, Object[]> rates = rates(summaries, brief.currency());
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CreatorSummary summary = summaries.get(i);
      long[] counts = outcomes.getOrDefault(summary.id(), new long[2]);
      Object[] rate = rates.get(summary.id());
      candidates.add(
          new Candidate(
              summary,
              (String) rows.get(i)[13],
              (String) rows.get(i)[14],
              counts[0],
              counts[1],
              rate == null ? null : toBigDecimal(rate[0]),
              rate == null ? 0 : ((Number) rate[1]).intValue()));
    }
    return candidates;
  }

  /** Delivered and undelivered counts per creator. */
  private Map<Long, long[]> outcomes(List<CreatorSummary> creators) {
    Map<Long, long[]> counts = new HashMap<>();
    if (creators.isEmpty()) {
      return counts;
    }
    List<Long> ids = creators.stream().map(CreatorSummary::id).toList();
    Query query =
        em.createNativeQuery(
            CreatorSql.number(
                "select creator_id, outcome, count(*) from roster_relationship where creator_id in ("
                    + placeholders(ids.size())
                    + ") group by creator_id, outcome",
                0));
    bind(query, new ArrayList<>(ids));
    for (Object[] row : rows(query)) {
      long[] c = counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[2]);
      Outcome outcome = Outcome.valueOf((String) row[1]);
      long count = ((Number) row[2]).longValue();
      if (outcome == Outcome.DELIVERED_ON_TIME || outcome == Outcome.DELIVERED_LATE) {
        c[0] += count;
      } else if (outcome == Outcome.UNDELIVERED) {
        c[1] += count;
      }
    }
    return counts;
  }

  /** Average rate paid in the currency, and over how many campaigns, per creator. */
  private Map<Long, Object[]> rates(List<CreatorSummary> creators, String currency) {
    Map<Long, Object[]> rates = new HashMap<>();
    if (creators.isEmpty()) {
      return rates;
    }
    List<Object> parameters = new ArrayList<>(creators.stream().map(CreatorSummary::id).toList());
    parameters.add(currency);
    Query query =
        em.createNativeQuery(
            CreatorSql.number(
                "select creator_id, avg(rate_paid), count(*) from roster_relationship"
                    + " where creator_id in ("
                    + placeholders(creators.size())
                    + ") and currency = ? and rate_paid > 0 group by creator_id",
                0));
    bind(query, parameters);
    for (Object[] row : rows(query)) {
      rates.put(((Number) row[0]).longValue(), new Object[] {row[1], row[2]});
    }
    return rates;
  }

  private List<CreatorSummary> summaries(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    Map<Long, List<String>> niches = values(ids, "roster_creator_niche", "niche");
    List<CreatorSummary> items = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      items.add(
          new CreatorSummary(
              id,
              ((Number) r[1]).longValue(),
              (String) r[2],
              CreatorKind.valueOf((String) r[3]),
              CreatorStatus.valueOf((String) r[4]),
              Tier.valueOf((String) r[5]),
              ((Number) r[6]).longValue(),
              r[7] == null ? null : ((Number) r[7]).doubleValue(),
              (String) r[8],
              niches.getOrDefault(id, List.of()),
              (String) r[9],
              ((Number) r[10]).intValue() == 1,
              bool(r[11]),
              (String) r[12]));
    }
    return items;
  }

  /** The values of a (creator_id, value) table for the given creators, sorted. */
  private Map<Long, List<String>> values(List<Long> ids, String table, String column) {
    Query query =
        em.createNativeQuery(
            CreatorSql.number(
                "select creator_id, "
                    + column
                    + " from "
                    + table
                    + " where creator_id in ("
                    + placeholders(ids.size())
                    + ") order by creator_id, "
                    + column,
                0));
    bind(query, new ArrayList<>(ids));
    Map<Long, List<String>> values = new LinkedHashMap<>();
    for (Object[] row : rows(query)) {
      values
          .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add((String) row[1]);
    }
    return values;
  }

  private Map<Long, List<ExportRow.AccountCells>> accounts(List<Long> ids) {
    Query query =
        em.createNativeQuery(
            CreatorSql.number(
                "select creator_id, platform, handle, url, followers, avg_views, avg_likes,"
                    + " avg_comments, figures_updated_on from roster_account where creator_id in ("
                    + placeholders(ids.size())
                    + ") order by creator_id, followers desc, id",
                0));
    bind(query, new ArrayList<>(ids));
    return rows(query).stream()
        .collect(
            Collectors.groupingBy(
                r -> ((Number) r[0]).longValue(),
                LinkedHashMap::new,
                Collectors.mapping(
                    r ->
                        new ExportRow.AccountCells(
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            toLong(r[4]),
                            toLong(r[5]),
                            toLong(r[6]),
                            toLong(r[7]),
                            r[8]),
                    Collectors.toList())));
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /** Binds values to the numbered or plain placeholders of a native query, in order. */
  private static void bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static Long toLong(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  private static BigDecimal toBigDecimal(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number number && number.intValue() != 0;
  }
}
