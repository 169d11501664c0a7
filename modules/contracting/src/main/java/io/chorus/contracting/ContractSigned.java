package io.chorus.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * CDI event: a contract was signed, so its {@code maximumPayable} is now committed (reporting's
 * "committed" figure).
 */
public record ContractSigned(
    long contractId,
    long engagementId,
    long campaignId,
    long creatorId,
    CompensationModel model,
    String currency,
    BigDecimal maximumPayable,
    int deliverableCount,
    boolean includesProduct,
    LocalDate usageRightsExpireOn,
    String signedDocumentReference,
    String recordedBy,
    OffsetDateTime signedAt) {}
