package io.chorus.review;

import java.time.OffsetDateTime;

/** CDI event: a reviewer asked for changes; {@code rounds} counts change requests so far. */
public record ContentChangesRequested(
    long submissionId,
    long engagementId,
    long deliverableId,
    int version,
    int rounds,
    ReviewerRole role,
    String reviewer,
    String comment,
    OffsetDateTime decidedAt) {}
