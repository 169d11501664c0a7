package io.chorus.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a deliverable's content, with the latest automatic check results and every
 * decision on it. Versions are never changed or deleted.
 */
public record SubmissionView(
    long id,
    long engagementId,
    long deliverableId,
    int version,
    String caption,
    List<String> mediaLinks,
    String submittedBy,
    SubmissionChannel channel,
    OffsetDateTime submittedAt,
    List<CheckResult> checks,
    List<DecisionView> decisions) {

  public SubmissionView {
    mediaLinks = List.copyOf(mediaLinks);
    checks = List.copyOf(checks);
    decisions = List.copyOf(decisions);
  }
}
