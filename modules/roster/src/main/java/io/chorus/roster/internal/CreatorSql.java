package io.chorus.roster.internal;

import io.chorus.roster.CreatorQuery;
import io.chorus.roster.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the WHERE clause of a creator search from a query, with every value bound as a parameter.
 * Filters hit columns of {@code roster_creator} that have indexes, or an EXISTS on an indexed child
 * table, so the database can stop after one page instead of reading every row.
 */
final class CreatorSql {

  static final String SUMMARY_COLUMNS =
      "c.id, c.version, c.name, c.kind, c.status, c.tier, c.largest_audience, c.engagement_rate,"
          + " c.country, c.kol_field,"
          + " case when c.kol_verified_on is not null then 1 else 0 end,"
          + " c.kol_regulated, c.owner";

  private final StringBuilder where = new StringBuilder(" where 1 = 1");
  private final List<Object> parameters = new ArrayList<>();

  static CreatorSql of(CreatorQuery query) {
    CreatorSql sql = new CreatorSql();
    if (query.text() != null && !query.text().isBlank()) {
      sql.and(
          "c.search_text like ? escape '\\'",
          Text.likeContains(query.text().strip().toLowerCase(Locale.ROOT)));
    }
    sql.in("c.kind", query.kinds());
    sql.in("c.tier", query.tiers());
    sql.in("c.status", query.statuses());
    if (query.niche() != null && !query.niche().isBlank()) {
      sql.and(
          "exists (select 1 from roster_creator_niche n where n.creator_id = c.id"
              + " and n.niche = ?)",
          Text.niche(query.niche()));
    }
    if (query.platform() != null) {
      sql.platforms(List.of(query.platform()));
    }
    if (query.country() != null && !query.country().isBlank()) {
      sql.and("c.country = ?", query.country().strip().toUpperCase(Locale.ROOT));
    }
    if (query.minEngagement() != null) {
      sql.and("c.engagement_rate >= ?", query.minEngagement());
    }
    if (query.maxEngagement() != null) {
      sql.and("c.engagement_rate <= ?", query.maxEngagement());
    }
    if (query.kolField() != null && !query.kolField().isBlank()) {
      sql.and(
          "c.kol_field_key like ? escape '\\'",
          Text.likeContains(query.kolField().strip().toLowerCase(Locale.ROOT)));
    }
    if (query.verified() != null) {
      sql.and(query.verified() ? "c.kol_verified_on is not null" : "c.kol_verified_on is null");
    }
    return sql;
  }

  CreatorSql and(String condition, Object... values) {
    where.append(" and ").append(condition);
    parameters.addAll(List.of(values));
    return this;
  }

  CreatorSql in(String column, Collection<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      return this;
    }
    where
        .append(" and ")
        .append(column)
        .append(" in (")
        .append(values.stream().map(v -> "?").collect(Collectors.joining(", ")))
        .append(')');
    values.stream().map(Enum::name).forEach(parameters::add);
    return this;
  }

  CreatorSql platforms(Collection<Platform> platforms) {
    if (platforms == null || platforms.isEmpty()) {
      return this;
    }
    where
        .append(" and exists (select 1 from roster_account a where a.creator_id = c.id and")
        .append(" a.platform in (")
        .append(platforms.stream().map(v -> "?").collect(Collectors.joining(", ")))
        .append("))");
    platforms.stream().map(Enum::name).forEach(parameters::add);
    return this;
  }

  /** The clause with numbered placeholders ({@code ?1, ?2}), as JPA native queries expect. */
  String where() {
    return number(where.toString(), 0);
  }

  /** Numbers the plain {@code ?} placeholders of a SQL fragment, starting after {@code offset}. */
  static String number(String sql, int offset) {
    StringBuilder numbered = new StringBuilder(sql.length() + 16);
    int next = offset;
    for (char ch : sql.toCharArray()) {
      numbered.append(ch);
      if (ch == '?') {
        numbered.append(++next);
      }
    }
    return numbered.toString();
  }

  List<Object> parameters() {
    return parameters;
  }

  /** ORDER BY for a sort; the id breaks ties so paging is stable. */
  static String orderBy(CreatorQuery.Sort sort, boolean descending) {
    String direction = descending ? " desc" : " asc";
    String column =
        switch (sort) {
          case NAME -> "c.name_key";
          case AUDIENCE -> "c.largest_audience";
          case ENGAGEMENT -> "c.engagement_rate";
          case UPDATED -> "c.updated_at";
          case COUNTRY -> "c.country";
        };
    return " order by " + column + direction + ", c.id" + direction;
  }
}
