package io.chorus.roster;

import java.time.OffsetDateTime;

/** One vetting decision: the status before and after, why, by whom and when. */
public record StatusChange(
    CreatorStatus from,
    CreatorStatus to,
    String reason,
    String changedBy,
    OffsetDateTime changedAt) {}
