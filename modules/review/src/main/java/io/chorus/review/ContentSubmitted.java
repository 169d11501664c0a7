package io.chorus.review;

import java.time.OffsetDateTime;

/** CDI event: a new content version arrived. */
public record ContentSubmitted(
    long submissionId,
    long engagementId,
    long deliverableId,
    int version,
    SubmissionChannel channel,
    String submittedBy,
    OffsetDateTime submittedAt) {}
