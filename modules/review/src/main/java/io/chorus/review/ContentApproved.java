package io.chorus.review;

import java.time.OffsetDateTime;

/** CDI event: a reviewer approved a version, in the given role. */
public record ContentApproved(
    long submissionId,
    long engagementId,
    long deliverableId,
    int version,
    ReviewerRole role,
    String reviewer,
    OffsetDateTime decidedAt) {}
