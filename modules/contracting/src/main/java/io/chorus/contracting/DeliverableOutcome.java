package io.chorus.contracting;

import java.time.LocalDate;

/**
 * What the payment calculation needs to know about one deliverable.
 *
 * @param resolvedOn the verification date for VERIFIED, the decision date otherwise
 * @param verifiedEngagements likes + comments + shares verified for it (PERFORMANCE)
 */
public record DeliverableOutcome(
    long deliverableId, DeliverableStatus status, LocalDate resolvedOn, long verifiedEngagements) {

  public static DeliverableOutcome pending(long deliverableId) {
    return new DeliverableOutcome(deliverableId, DeliverableStatus.PENDING, null, 0);
  }

  public static DeliverableOutcome verified(long deliverableId, LocalDate on, long engagements) {
    return new DeliverableOutcome(deliverableId, DeliverableStatus.VERIFIED, on, engagements);
  }

  public static DeliverableOutcome rejected(long deliverableId, LocalDate on) {
    return new DeliverableOutcome(deliverableId, DeliverableStatus.REJECTED, on, 0);
  }

  public static DeliverableOutcome undelivered(long deliverableId, LocalDate on) {
    return new DeliverableOutcome(deliverableId, DeliverableStatus.UNDELIVERED, on, 0);
  }
}
