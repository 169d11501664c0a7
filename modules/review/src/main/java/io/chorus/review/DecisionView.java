package io.chorus.review;

import java.time.OffsetDateTime;

/** A decision as recorded: who, in which role, when, on which version (the review round). */
public record DecisionView(
    long id,
    long submissionId,
    long deliverableId,
    int version,
    DecisionOutcome outcome,
    ReviewerRole role,
    String reviewer,
    String comment,
    OffsetDateTime decidedAt) {}
