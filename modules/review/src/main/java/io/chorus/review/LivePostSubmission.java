package io.chorus.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The live post's URL, by staff or through the submission link. */
public record LivePostSubmission(
    @Positive long engagementId,
    @Positive long deliverableId,
    @NotBlank(message = "Give the live post's URL")
        @Size(max = 2000, message = "must be at most 2,000 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
        String url,
    @NotBlank @Size(max = 64) String submittedBy,
    @NotNull SubmissionChannel channel) {}
