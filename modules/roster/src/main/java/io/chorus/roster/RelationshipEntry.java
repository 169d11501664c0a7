package io.chorus.roster;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One campaign in a creator's relationship history. */
public record RelationshipEntry(
    long id,
    String campaignRef,
    String campaignName,
    Outcome outcome,
    BigDecimal ratePaid,
    String currency,
    Integer rating,
    String comment,
    OffsetDateTime recordedAt) {}
