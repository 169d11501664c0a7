package io.chorus.campaign.internal;

import io.chorus.campaign.process.CampaignProcess;
import io.chorus.workflow.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** Starts the campaign process and tells it about what happens outside it (cancellation). */
@ApplicationScoped
public class CampaignProcesses {

  @Inject RuntimeService runtimeService;

  String startCampaign(long campaignId) {
    return runtimeService
        .startProcessInstanceByKey(
            CampaignProcess.KEY,
            BusinessKeys.campaign(campaignId),
            Map.of(CampaignProcess.Var.CAMPAIGN_ID, campaignId))
        .getId();
  }

  /** Launches an approved campaign; false when the campaign is not waiting for its launch. */
  boolean launch(long campaignId) {
    return !runtimeService
        .createMessageCorrelation(CampaignProcess.Message.CAMPAIGN_LAUNCHED)
        .processInstanceBusinessKey(BusinessKeys.campaign(campaignId))
        .correlateAllWithResult()
        .isEmpty();
  }

  void cancelCampaign(long campaignId, String reason, String actor) {
    runtimeService
        .createMessageCorrelation(CampaignProcess.Message.CAMPAIGN_CANCELLED)
        .processInstanceBusinessKey(BusinessKeys.campaign(campaignId))
        .setVariable(CampaignProcess.Var.CANCEL_REASON, reason)
        .setVariable(CampaignProcess.Var.CANCELLED_BY, actor)
        .correlateAllWithResult();
  }
}
