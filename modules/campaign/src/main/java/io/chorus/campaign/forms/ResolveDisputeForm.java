package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.DisputeResolution;
import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A failed verification: the creator fixed the post (verify again), or it is undelivered. */
public class ResolveDisputeForm implements TaskFormData {

  @NotNull(message = "Choose FIXED or UNDELIVERED.")
  public DisputeResolution resolution;

  @Size(max = 2000, message = "At most 2000 characters.")
  public String note;

  @Override
  public Map<String, Object> toVariables() {
    return Map.of(Var.DISPUTE_RESOLUTION, resolution.name());
  }
}
