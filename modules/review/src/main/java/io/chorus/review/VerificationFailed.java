package io.chorus.review;

import java.time.OffsetDateTime;
import java.util.List;

/** CDI event: the live post failed verification and a dispute was opened. */
public record VerificationFailed(
    long verificationId,
    long engagementId,
    long deliverableId,
    long disputeId,
    List<String> reasons,
    OffsetDateTime checkedAt) {}
