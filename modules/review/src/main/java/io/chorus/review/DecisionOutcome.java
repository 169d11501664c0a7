package io.chorus.review;

/** A reviewer's decision on one version. */
public enum DecisionOutcome {
  APPROVE,
  /** Needs a comment; the creator submits a new version. */
  REQUEST_CHANGES,
  /** Needs a reason; ends the deliverable unpaid (kill fee per contract). */
  REJECT
}
