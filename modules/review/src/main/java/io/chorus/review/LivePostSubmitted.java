package io.chorus.review;

import java.time.OffsetDateTime;

/** CDI event: the live post's URL arrived. */
public record LivePostSubmitted(
    long engagementId,
    long deliverableId,
    String url,
    SubmissionChannel channel,
    String submittedBy,
    OffsetDateTime submittedAt) {}
