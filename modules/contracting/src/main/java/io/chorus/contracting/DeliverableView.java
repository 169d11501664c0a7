package io.chorus.contracting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One contracted piece of content and what became of it. Its {@code id} is the deliverable id the
 * campaign passes to the review module.
 */
public record DeliverableView(
    long id,
    long contractId,
    int sequence,
    Platform platform,
    DeliverableFormat format,
    LocalDate dueDate,
    String description,
    DeliverableStatus status,
    LocalDate resolvedOn,
    long verifiedEngagements,
    String resolutionReason,
    String resolvedBy,
    OffsetDateTime resolvedAt) {}
