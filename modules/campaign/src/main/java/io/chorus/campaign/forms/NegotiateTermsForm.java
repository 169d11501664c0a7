package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;

/** The creator's counter-offer: agreed (go on to the contract) or a new offer sent. */
public class NegotiateTermsForm implements TaskFormData {

  @NotNull(message = "Say whether the terms are agreed (true) or a new offer was sent (false).")
  public Boolean termsAgreed;

  @Size(max = 2000, message = "At most 2000 characters.")
  public String note;

  @Override
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.TERMS_AGREED, termsAgreed);
    if (note != null) {
      variables.put("negotiationNote", note);
    }
    return variables;
  }
}
