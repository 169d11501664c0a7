package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A manager's decision on a contract that needs approval; a rejection says why. */
public class ApproveContractForm implements TaskFormData {

  @NotNull(message = "Approve (true) or send back to drafting (false).")
  public Boolean approved;

  @Size(max = 2000, message = "At most 2000 characters.")
  public String comment;

  @AssertTrue(message = "Say why the contract goes back.")
  public boolean isReasonGivenForRejection() {
    return !Boolean.FALSE.equals(approved) || (comment != null && !comment.isBlank());
  }

  @Override
  public Map<String, Object> toVariables() {
    return Map.of(Var.CONTRACT_APPROVED, approved);
  }
}
