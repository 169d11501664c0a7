package io.chorus.reporting;

import java.time.LocalDate;

/**
 * One approved and verified post and what the brand may do with it.
 *
 * @param usageChannels comma-separated channels, empty without usage rights
 * @param usageExpiresOn {@code null} without usage rights
 */
public record UgcItem(
    long deliverableId,
    long engagementId,
    String creatorName,
    String kind,
    String tier,
    String platform,
    String format,
    String liveUrl,
    LocalDate verifiedOn,
    String usageChannels,
    LocalDate usageExpiresOn) {}
