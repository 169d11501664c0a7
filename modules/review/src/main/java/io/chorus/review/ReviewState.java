package io.chorus.review;

import java.util.Set;

/**
 * Where a deliverable's review stands.
 *
 * @param rounds how many versions have been reviewed with changes requested; the process escalates
 *     to a manager after its maximum
 * @param approvedBy the roles that approved the latest version; a deliverable that needs a
 *     compliance review is approved when this contains COMPLIANCE too
 * @param approvedSubmissionId the latest version if it is approved, else {@code null}
 */
public record ReviewState(
    long deliverableId,
    ReviewStatus status,
    int latestVersion,
    Long latestSubmissionId,
    int rounds,
    Set<ReviewerRole> approvedBy,
    Long approvedSubmissionId) {

  public ReviewState {
    approvedBy = Set.copyOf(approvedBy);
  }
}
