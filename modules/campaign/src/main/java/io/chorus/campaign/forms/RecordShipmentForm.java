package io.chorus.campaign.forms;

import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The product went out: carrier and tracking number. Contracting has no shipment record yet, so
 * they are kept as two small process variables (in the engine's history with who and when).
 */
public class RecordShipmentForm implements TaskFormData {

  public static final String CARRIER = "shipmentCarrier";
  public static final String TRACKING_NUMBER = "shipmentTrackingNumber";

  @NotBlank(message = "Give the carrier.")
  @Size(max = 100, message = "At most 100 characters.")
  public String carrier;

  @NotBlank(message = "Give the tracking number.")
  @Size(max = 100, message = "At most 100 characters.")
  public String trackingNumber;

  @Override
  public Map<String, Object> toVariables() {
    return Map.of(CARRIER, carrier.strip(), TRACKING_NUMBER, trackingNumber.strip());
  }
}
