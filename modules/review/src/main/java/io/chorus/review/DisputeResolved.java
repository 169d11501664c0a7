package io.chorus.review;

import java.time.OffsetDateTime;

/** CDI event: a dispute ended, FIXED (verify again) or UNDELIVERED. */
public record DisputeResolved(
    long disputeId,
    long engagementId,
    long deliverableId,
    DisputeView.Status outcome,
    String resolvedBy,
    OffsetDateTime resolvedAt) {}
