package io.chorus.review;

import java.time.OffsetDateTime;
import java.util.List;

/** A dispute over a failed verification. */
public record DisputeView(
    long id,
    long deliverableId,
    long engagementId,
    long verificationId,
    List<String> reasons,
    Status status,
    OffsetDateTime openedAt,
    String resolvedBy,
    OffsetDateTime resolvedAt,
    String note) {

  public DisputeView {
    reasons = List.copyOf(reasons);
  }

  public enum Status {
    OPEN,
    /** The creator fixed the post; it is verified again. */
    FIXED,
    /** Not delivered after all; unpaid. */
    UNDELIVERED
  }
}
