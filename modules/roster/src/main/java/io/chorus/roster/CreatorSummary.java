package io.chorus.roster;

import java.util.List;

/** One row of a search result: what a list shows, read from indexed columns. */
public record CreatorSummary(
    long id,
    long version,
    String name,
    CreatorKind kind,
    CreatorStatus status,
    Tier tier,
    long largestAudience,
    Double engagementRate,
    String country,
    List<String> niches,
    String kolField,
    boolean kolVerified,
    boolean regulatedField,
    String owner) {}
