package io.chorus.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision. REQUEST_CHANGES needs a comment and REJECT a reason (in {@code comment});
 * the service says so per field when missing.
 */
public record ReviewDecision(
    @NotNull(message = "Choose approve, request changes or reject") DecisionOutcome outcome,
    @NotNull(message = "Give the reviewer's role") ReviewerRole role,
    @NotBlank @Size(max = 64) String reviewer,
    @Size(max = 4000, message = "must be at most 4,000 characters") String comment) {}
