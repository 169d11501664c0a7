package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.DeadlineDecision;
import io.chorus.campaign.process.EngagementProcess.Var;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** An overdue draft: a new due date (the reminder a day before it), or drop the deliverable. */
public class HandleOverdueDraftForm extends DeadlineForm {

  @Override
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.OVERDUE_DRAFT_DECISION, decision.name());
    if (decision == DeadlineDecision.EXTEND) {
      Date due = endOf(newDate);
      variables.put(Var.DRAFT_DUE_DATE, due);
      variables.put(Var.DRAFT_REMINDER_DATE, Date.from(due.toInstant().minus(Duration.ofDays(1))));
    }
    return variables;
  }
}
