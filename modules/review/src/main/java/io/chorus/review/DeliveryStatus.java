package io.chorus.review;

/** Where a deliverable's publication stands. */
public enum DeliveryStatus {
  AWAITING_POST,
  /** The live URL is in; verification pending (again, after a fixed dispute). */
  POSTED,
  VERIFIED,
  /** Verification failed; a dispute is open. */
  DISPUTED,
  /** Not delivered: removed within the stays-live window, or a dispute lost. Unpaid. */
  UNDELIVERED
}
