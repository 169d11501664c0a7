package io.chorus.contracting;

import java.time.OffsetDateTime;

/** One step in a contract's life: who moved it, when, and why. */
public record StatusChange(
    ContractStatus from,
    ContractStatus to,
    String changedBy,
    OffsetDateTime changedAt,
    String note) {}
