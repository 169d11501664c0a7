package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/** A manager releases (true) or withholds (false) a payment over the approval threshold. */
public class ApprovePaymentForm implements TaskFormData {

  @NotNull(message = "Release (true) or withhold (false) the payment.")
  public Boolean approved;

  @Size(max = 2000, message = "At most 2000 characters.")
  public String comment;

  /** The approving manager is added by the handler, from the logged-in user. */
  @Override
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.PAYMENT_APPROVED, approved);
    if (comment != null) {
      variables.put("paymentComment", comment);
    }
    return variables;
  }
}
