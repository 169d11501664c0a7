package io.chorus.roster;

import java.util.EnumSet;
import java.util.Set;

/**
 * Search criteria; every filter is optional. Free text matches name, e-mail, handles and KOL field
 * (case-insensitive, contained). Sorting is on indexed columns, ties broken by id so pages never
 * overlap.
 */
public record CreatorQuery(
    String text,
    Set<CreatorKind> kinds,
    Set<Tier> tiers,
    Set<CreatorStatus> statuses,
    String niche,
    Platform platform,
    String country,
    Double minEngagement,
    Double maxEngagement,
    String kolField,
    Boolean verified,
    Sort sort,
    boolean descending,
    int page,
    int size) {

  public static final int MAX_PAGE_SIZE = 500;

  /** Sortable columns; each has an index. */
  public enum Sort {
    NAME,
    AUDIENCE,
    ENGAGEMENT,
    UPDATED,
    COUNTRY
  }

  private static <E extends Enum<E>> Set<E> ordered(Set<E> values) {
    return values == null || values.isEmpty()
        ? Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(values));
  }

  public CreatorQuery {
    // Enum order, not Set.copyOf's random one: the same query gives the same SQL and parameters.
    kinds = ordered(kinds);
    tiers = ordered(tiers);
    statuses = ordered(statuses);
    sort = sort == null ? Sort.NAME : sort;
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The same criteria, another page. */
  public CreatorQuery withPage(int newPage, int newSize) {
    return new CreatorQuery(
        text,
        kinds,
        tiers,
        statuses,
        niche,
        platform,
        country,
        minEngagement,
        maxEngagement,
        kolField,
        verified,
        sort,
        descending,
        newPage,
        newSize);
  }

  /** Builds a query; unset filters match everything. */
  public static final class Builder {
    private String text;
    private final Set<CreatorKind> kinds = EnumSet.noneOf(CreatorKind.class);
    private final Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    private final Set<CreatorStatus> statuses = EnumSet.noneOf(CreatorStatus.class);
    private String niche;
    private Platform platform;
    private String country;
    private Double minEngagement;
    private Double maxEngagement;
    private String kolField;
    private Boolean verified;
    private Sort sort = Sort.NAME;
    private boolean descending;
    private int page;
    private int size = 50;

    public Builder text(String value) {
      text = value;
      return this;
    }

    public Builder kinds(Set<CreatorKind> values) {
      if (values != null) {
        kinds.addAll(values);
      }
      return this;
    }

    public Builder tiers(Set<Tier> values) {
      if (values != null) {
        tiers.addAll(values);
      }
      return this;
    }

    public Builder statuses(Set<CreatorStatus> values) {
      if (values != null) {
        statuses.addAll(values);
      }
      return this;
    }

    public Builder niche(String value) {
      niche = value;
      return this;
    }

    public Builder platform(Platform value) {
      platform = value;
      return this;
    }

    public Builder country(String value) {
      country = value;
      return this;
    }

    public Builder engagement(Double min, Double max) {
      minEngagement = min;
      maxEngagement = max;
      return this;
    }

    public Builder kolField(String value) {
      kolField = value;
      return this;
    }

    public Builder verified(Boolean value) {
      verified = value;
      return this;
    }

    public Builder sort(Sort value, boolean desc) {
      sort = value;
      descending = desc;
      return this;
    }

    public Builder page(int pageNumber, int pageSize) {
      page = pageNumber;
      size = pageSize;
      return this;
    }

    public CreatorQuery build() {
      return new CreatorQuery(
          text,
          kinds,
          tiers,
          statuses,
          niche,
          platform,
          country,
          minEngagement,
          maxEngagement,
          kolField,
          verified,
          sort,
          descending,
          page,
          size);
    }
  }
}
