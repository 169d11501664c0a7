package io.chorus.contracting;

/** What became of one contracted deliverable; only VERIFIED ones earn their pay. */
public enum DeliverableStatus {
  /** Not resolved yet. */
  PENDING,
  /** Published and verified (and still live when re-checked). */
  VERIFIED,
  /** The brand rejected the content: unpaid, but the kill fee applies if the contract has one. */
  REJECTED,
  /** Never published, failed verification, or removed: unpaid, no kill fee. */
  UNDELIVERED;

  public boolean resolved() {
    return this != PENDING;
  }
}
