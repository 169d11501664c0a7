package io.chorus.campaign.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Ends every running engagement of a campaign through the engagement's own cancellation path
 * (message {@code EngagementCancelled}), so each engagement closes its tasks, records the
 * cancellation in the roster history and pays nothing further.
 *
 * <p>The campaign calls this before it interrupts itself: while the engagements are still its
 * called instances it can reach them, whereas interrupting first would delete them without a trace.
 * Runs as its own job ({@code asyncBefore}), so a conflict with an engagement that moves at the
 * same moment is retried instead of failing the caller.
 */
@Named(CampaignProcess.Bean.CANCEL_ENGAGEMENTS)
@ApplicationScoped
public class CancelEngagements implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(CancelEngagements.class.getName());

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Object reason = execution.getVariable(CampaignProcess.Var.ENGAGEMENT_END_REASON);
    int cancelled = 0;
    for (ProcessInstance engagement :
        runtime
            .createProcessInstanceQuery()
            .superProcessInstanceId(execution.getProcessInstanceId())
            .processDefinitionKey(EngagementProcess.KEY)
            .list()) {
      cancelled +=
          runtime
              .createMessageCorrelation(EngagementProcess.Message.ENGAGEMENT_CANCELLED)
              .processInstanceId(engagement.getId())
              .setVariable(EngagementProcess.Var.CANCELLATION_REASON, reason)
              .correlateAllWithResult()
              .size();
    }
    int count = cancelled;
    LOG.info(
        () ->
            String.format(
                "Campaign %s: %d engagements ended (%s)",
                execution.getProcessBusinessKey(), count, reason));
  }
}
