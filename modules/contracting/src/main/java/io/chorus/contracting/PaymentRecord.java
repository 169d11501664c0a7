package io.chorus.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of the payment ledger. Entries are never changed or removed. */
public record PaymentRecord(
    long id,
    String idempotencyKey,
    long contractId,
    long engagementId,
    long campaignId,
    long creatorId,
    BigDecimal amount,
    String currency,
    LocalDate dueDate,
    String approvedBy,
    OffsetDateTime recordedAt,
    String gateway,
    String gatewayReference) {}
