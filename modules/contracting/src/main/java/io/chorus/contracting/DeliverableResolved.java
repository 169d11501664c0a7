package io.chorus.contracting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** CDI event: a contracted deliverable was recorded as verified, rejected or undelivered. */
public record DeliverableResolved(
    long deliverableId,
    long contractId,
    long engagementId,
    long campaignId,
    DeliverableStatus status,
    LocalDate dueDate,
    LocalDate resolvedOn,
    String reason,
    String resolvedBy,
    OffsetDateTime resolvedAt) {}
