package io.chorus.review;

import java.util.List;

/** CDI event: the automatic checks ran on a version. */
public record ContentChecked(
    long submissionId,
    long engagementId,
    long deliverableId,
    int version,
    boolean allPassed,
    List<String> failedChecks) {}
