package io.chorus.review;

import java.time.OffsetDateTime;

/** A deliverable's publication and verification state. */
public record DeliveryView(
    long deliverableId,
    long engagementId,
    DeliveryStatus status,
    String liveUrl,
    String urlSubmittedBy,
    SubmissionChannel urlChannel,
    OffsetDateTime urlSubmittedAt,
    OffsetDateTime publishedAt,
    OffsetDateTime verifiedAt,
    String undeliveredReason,
    long version) {}
