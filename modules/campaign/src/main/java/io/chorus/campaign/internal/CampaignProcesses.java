package io.chorus.campaign.internal;

import io.chorus.campaign.process.CampaignProcess;
import io.chorus.workflow.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** Starts the campaign process and tells it about what happens outside it (cancellation). */
@ApplicationScoped
public class CampaignProcesses {

  @Inject RuntimeService runtimeService;

  String startCampaign(long campaignId, LocalDate endDate) {
    // The campaign stops waiting for engagements at the end of its last day (UTC).
    Date end = Date.from(endDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    return runtimeService
        .startProcessInstanceByKey(
            CampaignProcess.KEY,
            BusinessKeys.campaign(campaignId),
            Map.of(
                CampaignProcess.Var.CAMPAIGN_ID,
                String.valueOf(campaignId),
                CampaignProcess.Var.CAMPAIGN_END_DATE,
                end))
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

  void cancelCampaign(long campaignId) {
    runtimeService
        .createMessageCorrelation(CampaignProcess.Message.CAMPAIGN_CANCELLED)
        .processInstanceBusinessKey(BusinessKeys.campaign(campaignId))
        .correlateAllWithResult();
  }
}
