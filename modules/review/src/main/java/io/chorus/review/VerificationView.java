package io.chorus.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One verification or stays-live re-check: what was observed, each check, the result.
 *
 * @param disputeId the dispute opened by a failed verification
 */
public record VerificationView(
    long id,
    long deliverableId,
    long engagementId,
    Kind kind,
    Result result,
    List<CheckResult> checks,
    PostObservation observation,
    OffsetDateTime checkedAt,
    Long disputeId) {

  public VerificationView {
    checks = List.copyOf(checks);
  }

  public enum Kind {
    VERIFICATION,
    STAYS_LIVE_CHECK
  }

  public enum Result {
    VERIFIED,
    FAILED,
    STILL_LIVE,
    REMOVED
  }

  /** The messages of the failed checks: the reasons a verification failed. */
  public List<String> reasons() {
    return checks.stream().filter(c -> !c.passed()).map(CheckResult::message).toList();
  }
}
