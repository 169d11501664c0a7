package io.chorus.contracting;

import java.time.OffsetDateTime;

/** CDI event: a contract moved from one status to another. Fired for every transition. */
public record ContractStatusChanged(
    long contractId,
    long engagementId,
    long campaignId,
    long creatorId,
    ContractStatus from,
    ContractStatus to,
    String changedBy,
    OffsetDateTime changedAt,
    String note) {}
