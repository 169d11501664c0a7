package io.chorus.review;

import java.time.OffsetDateTime;

/** CDI event: a reviewer rejected the content; the deliverable ends unpaid (kill fee aside). */
public record ContentRejected(
    long submissionId,
    long engagementId,
    long deliverableId,
    int version,
    ReviewerRole role,
    String reviewer,
    String reason,
    OffsetDateTime decidedAt) {}
