package io.chorus.reporting;

/**
 * A creator put on a campaign's shortlist, as the roster described them then. Kind and tier are
 * copied, so a later roster edit does not move history into another column.
 *
 * @param kind {@code KOL} or {@code INFLUENCER}
 * @param followers the creator's largest audience: what "reach" adds up
 */
public record ShortlistedCreator(
    long engagementId,
    long campaignId,
    long creatorId,
    String creatorName,
    String kind,
    String tier,
    long followers) {}
