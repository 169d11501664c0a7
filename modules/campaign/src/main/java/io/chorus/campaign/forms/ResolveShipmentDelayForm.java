package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.ShipmentResolution;
import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** A shipment that did not arrive in time: it arrived after all, or ship again. */
public class ResolveShipmentDelayForm implements TaskFormData {

  @NotNull(message = "Choose DELIVERED or RESHIP.")
  public ShipmentResolution resolution;

  @Override
  public Map<String, Object> toVariables() {
    return Map.of(Var.SHIPMENT_RESOLUTION, resolution.name());
  }
}
