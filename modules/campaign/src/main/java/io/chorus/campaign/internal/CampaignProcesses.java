package io.chorus.campaign.internal;

import io.chorus.workflow.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** Starts the campaign process and tells it about what happens outside it (cancellation). */
@ApplicationScoped
public class CampaignProcesses {

  public static final String CAMPAIGN_PROCESS = "campaign";
  public static final String VAR_CAMPAIGN_ID = "campaignId";
  public static final String MESSAGE_CAMPAIGN_CANCELLED = "CampaignCancelled";

  @Inject RuntimeService runtimeService;

  String startCampaign(long campaignId) {
    return runtimeService
        .startProcessInstanceByKey(
            CAMPAIGN_PROCESS,
            BusinessKeys.campaign(campaignId),
            Map.of(VAR_CAMPAIGN_ID, campaignId))
        .getId();
  }

  void cancelCampaign(long campaignId, String reason, String actor) {
    runtimeService
        .createMessageCorrelation(MESSAGE_CAMPAIGN_CANCELLED)
        .processInstanceBusinessKey(BusinessKeys.campaign(campaignId))
        .setVariable("cancelReason", reason == null ? "" : reason)
        .setVariable("cancelledBy", actor)
        .correlateWithResult();
  }
}
