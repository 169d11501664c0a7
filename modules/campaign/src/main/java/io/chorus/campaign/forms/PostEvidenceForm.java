package io.chorus.campaign.forms;

import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What staff saw of a live post (the default PlatformGateway's evidence fields) and its metrics
 * snapshot: for verifying delivery, and for the stays-live re-check. Completing the task records it
 * in the review module, which runs the checks; the completion variable is the result.
 */
public class PostEvidenceForm implements TaskFormData {

  @NotNull(message = "Say whether the post could be seen (true) or is gone (false).")
  public Boolean live;

  @Size(max = 100, message = "At most 100 characters.")
  public String observedAccount;

  @Size(max = 10000, message = "At most 10,000 characters.")
  public String caption;

  public OffsetDateTime publishedAt;

  /** A screenshot or recording; required for stories. */
  @Size(max = 500, message = "At most 500 characters.")
  public String evidenceReference;

  @PositiveOrZero(message = "Cannot be negative.")
  @Max(value = 100_000_000_000L, message = "Not plausible.")
  public Long views;

  @PositiveOrZero(message = "Cannot be negative.")
  @Max(value = 100_000_000_000L, message = "Not plausible.")
  public Long likes;

  @PositiveOrZero(message = "Cannot be negative.")
  @Max(value = 100_000_000_000L, message = "Not plausible.")
  public Long comments;

  @PositiveOrZero(message = "Cannot be negative.")
  @Max(value = 100_000_000_000L, message = "Not plausible.")
  public Long shares;

  @PositiveOrZero(message = "Cannot be negative.")
  @Max(value = 100_000_000_000L, message = "Not plausible.")
  public Long clicks;

  @PositiveOrZero(message = "Cannot be negative.")
  @Max(value = 100_000_000_000L, message = "Not plausible.")
  public Long impressions;

  /** The result variable depends on the task; the handler sets it. */
  @Override
  public Map<String, Object> toVariables() {
    return Map.of();
  }
}
