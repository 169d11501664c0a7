package io.chorus.reporting;

/** Where a contracted deliverable ended, in reporting's words. */
public enum DeliverableStatus {
  PENDING,
  VERIFIED,
  /** The brand rejected the content in review. */
  REJECTED,
  /** Never published, removed, or failed verification. */
  UNDELIVERED
}
