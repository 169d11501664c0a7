package io.chorus.roster;

import java.util.List;

/** A creator's current vetting state: status, the signals seen now, and every past decision. */
public record VettingReport(
    long creatorId,
    long version,
    CreatorStatus status,
    String statusReason,
    List<VettingSignal> signals,
    List<StatusChange> history) {}
