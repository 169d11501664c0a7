package io.chorus.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a {@link PaymentGateway} is asked to pay. The {@code idempotencyKey} is the same on every
 * retry of the same payout; a gateway must never pay one key twice.
 */
public record PayoutInstruction(
    String idempotencyKey,
    long paymentId,
    long contractId,
    long engagementId,
    long campaignId,
    long creatorId,
    BigDecimal amount,
    String currency,
    LocalDate dueDate,
    String approvedBy,
    OffsetDateTime recordedAt) {}
