package io.chorus.review;

/** Where a deliverable's content review stands, from its latest version's decisions. */
public enum ReviewStatus {
  AWAITING_DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  /** At least one role approved and none asked for changes; see {@link ReviewState#approvedBy}. */
  APPROVED,
  REJECTED
}
