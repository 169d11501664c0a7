package io.chorus.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A content draft for one deliverable: the caption and links to the media. */
public record NewSubmission(
    @Positive(message = "must be a valid engagement id") long engagementId,
    @Positive(message = "must be a valid deliverable id") long deliverableId,
    @NotNull(message = "Give the caption (it may be empty for a video with none)")
        @Size(max = 10000, message = "must be at most 10,000 characters")
        String caption,
    @NotNull @Size(max = 10, message = "must have at most 10 media links")
        List<
                @NotBlank @Size(max = 2000, message = "must be at most 2,000 characters")
                @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String>
            mediaLinks,
    @NotBlank @Size(max = 64) String submittedBy,
    @NotNull SubmissionChannel channel) {

  public NewSubmission {
    mediaLinks = mediaLinks == null ? null : List.copyOf(mediaLinks);
  }
}
