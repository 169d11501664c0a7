package io.chorus.roster;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One creator with everything the profile page shows. {@code version} goes back with an edit, so a
 * concurrent change is detected instead of overwritten. {@code engagementRate} is that of the
 * account with the largest audience.
 */
public record CreatorDetails(
    long id,
    long version,
    String name,
    String email,
    String country,
    CreatorKind kind,
    CreatorStatus status,
    String statusReason,
    String owner,
    String notes,
    Set<String> languages,
    Set<String> niches,
    Tier tier,
    String tierReason,
    long largestAudience,
    Double engagementRate,
    List<AccountView> accounts,
    KolProfileView kolProfile,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
