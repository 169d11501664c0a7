package io.chorus.review;

import java.time.OffsetDateTime;

/** CDI event: a deliverable will not be delivered (removed post, or dispute lost). Unpaid. */
public record DeliverableUndelivered(
    long engagementId,
    long deliverableId,
    Reason reason,
    String detail,
    String decidedBy,
    OffsetDateTime at) {

  public enum Reason {
    REMOVED,
    DISPUTE_UNDELIVERED
  }
}
