package io.chorus.reporting;

import java.time.OffsetDateTime;

/**
 * One finished wait in a campaign's processes: a task staff worked on, or a wait for the creator.
 *
 * @param stage the process element's id, e.g. {@code reviewContent}
 * @param heldBy {@code STAFF} for a user task, {@code CREATOR} for a wait on the creator
 * @param engagementId {@code null} for the campaign's own steps (shortlist, approval)
 */
public record StageVisit(
    String stage,
    String stageName,
    String heldBy,
    Long engagementId,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt) {

  public long durationMillis() {
    return endedAt.toInstant().toEpochMilli() - startedAt.toInstant().toEpochMilli();
  }
}
