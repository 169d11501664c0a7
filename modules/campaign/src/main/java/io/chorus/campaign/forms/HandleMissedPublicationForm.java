package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.DeadlineDecision;
import io.chorus.campaign.process.EngagementProcess.Var;
import java.util.HashMap;
import java.util.Map;

/** A post not published by its deadline: a new deadline, or drop the deliverable unpaid. */
public class HandleMissedPublicationForm extends DeadlineForm {

  @Override
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.MISSED_PUBLICATION_DECISION, decision.name());
    if (decision == DeadlineDecision.EXTEND) {
      variables.put(Var.PUBLISH_DEADLINE, endOf(newDate));
    }
    return variables;
  }
}
