package io.chorus.campaign.forms;

import io.chorus.review.DecisionOutcome;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A reviewer's decision on the latest draft of a deliverable: brand review (operations, or a
 * manager once the rounds are used up) or compliance review (managers). Completing the task records
 * the decision in the review module, with the reviewer and time.
 */
public class ReviewDecisionForm implements TaskFormData {

  @NotNull(message = "Choose APPROVE, REQUEST_CHANGES or REJECT.")
  public DecisionOutcome decision;

  @Size(max = 4000, message = "At most 4000 characters.")
  public String comment;

  @AssertTrue(message = "Say what to change, or why the content is rejected.")
  public boolean isCommentGivenUnlessApproved() {
    return decision == null
        || decision == DecisionOutcome.APPROVE
        || (comment != null && !comment.isBlank());
  }

  /** The decision variable depends on the task; the handler sets it. */
  @Override
  public Map<String, Object> toVariables() {
    return Map.of();
  }
}
