package io.chorus.contracting;

/** What a {@link SignatureGateway} needs to send a contract out for signature. */
public record SignatureEnvelope(
    long contractId,
    long engagementId,
    long campaignId,
    long creatorId,
    String summary,
    String requestedBy) {}
