package io.chorus.campaign.forms;

import io.chorus.campaign.process.CampaignProcess;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/** A manager's decision on shortlist and budget. */
public class ApproveShortlistForm implements TaskFormData {

  @NotNull(message = "Approve (true) or send back (false).")
  public Boolean approved;

  @Size(max = 2000, message = "At most 2000 characters.")
  public String comment;

  @Override
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CampaignProcess.Var.SHORTLIST_APPROVED, approved);
    if (comment != null) {
      variables.put("shortlistComment", comment);
    }
    return variables;
  }
}
