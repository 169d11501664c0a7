package io.chorus.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** CDI event: money was paid out and entered in the ledger. Fired once per idempotency key. */
public record PaymentReleased(
    long paymentId,
    String idempotencyKey,
    long contractId,
    long engagementId,
    long campaignId,
    long creatorId,
    BigDecimal amount,
    String currency,
    LocalDate dueDate,
    String approvedBy,
    OffsetDateTime recordedAt) {}
