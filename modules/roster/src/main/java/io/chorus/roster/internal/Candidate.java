package io.chorus.roster.internal;

import io.chorus.roster.CreatorSummary;
import java.math.BigDecimal;

/**
 * A creator considered for a brief, with the facts the ranking needs beyond the summary: the KOL's
 * profession and credentials (for the expertise match) and their record in past campaigns.
 */
record Candidate(
    CreatorSummary creator,
    String profession,
    String credentials,
    long delivered,
    long undelivered,
    BigDecimal averageRatePaid,
    int paidCampaigns) {}
