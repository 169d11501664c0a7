package io.chorus.review;

import java.time.OffsetDateTime;

/**
 * CDI event: the live post passed verification. {@code metrics} is the snapshot taken then; {@code
 * metrics.engagements()} is what a performance bonus counts.
 */
public record DeliverableVerified(
    long verificationId,
    long engagementId,
    long deliverableId,
    String liveUrl,
    OffsetDateTime publishedAt,
    OffsetDateTime verifiedAt,
    MetricsSnapshot metrics,
    String verifiedBy) {}
