package io.chorus.campaign;

import java.time.OffsetDateTime;

/** One creator on a campaign: who, and where their engagement stands. */
public record EngagementView(
    long id,
    long campaignId,
    long creatorId,
    String creatorName,
    String creatorKind,
    String tier,
    boolean regulatedField,
    EngagementStage stage,
    OffsetDateTime stageSince,
    EngagementOutcome outcome,
    String processInstanceId,
    String shortlistReason) {}
