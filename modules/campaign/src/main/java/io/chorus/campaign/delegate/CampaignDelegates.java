package io.chorus.campaign.delegate;

import static io.chorus.campaign.delegate.ProcessIds.longVar;

import io.chorus.campaign.CampaignLifecycle;
import io.chorus.campaign.process.CampaignProcess;
import io.chorus.campaign.process.ShortlistedEngagements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The delegates of {@code processes/campaign.bpmn}, by the names the BPMN uses. */
@ApplicationScoped
public class CampaignDelegates {

  @Inject CampaignLifecycle lifecycle;

  @Produces
  @ApplicationScoped
  @Named(CampaignProcess.Bean.ASSESS_SHORTLIST)
  JavaDelegate assessShortlist() {
    return execution -> {
      var facts = lifecycle.submitShortlist(longVar(execution, CampaignProcess.Var.CAMPAIGN_ID));
      execution.setVariable(CampaignProcess.Var.BUDGET_AMOUNT, facts.budget());
      execution.setVariable(CampaignProcess.Var.SHORTLIST_SIZE, facts.shortlistSize());
      execution.setVariable(CampaignProcess.Var.REGULATED_KOL_COUNT, facts.regulatedKolCount());
    };
  }

  @Produces
  @ApplicationScoped
  @Named(CampaignProcess.Bean.LAUNCH_CAMPAIGN)
  JavaDelegate launchCampaign() {
    return execution -> {
      LocalDate end = lifecycle.markLaunched(longVar(execution, CampaignProcess.Var.CAMPAIGN_ID));
      // The campaign stops waiting for engagements at the end of its last day (UTC).
      execution.setVariable(
          CampaignProcess.Var.CAMPAIGN_END_DATE,
          Date.from(end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    };
  }

  @Produces
  @ApplicationScoped
  @Named(CampaignProcess.Bean.FREEZE_CAMPAIGN_REPORT)
  JavaDelegate freezeCampaignReport() {
    return execution -> lifecycle.freezeReport(longVar(execution, CampaignProcess.Var.CAMPAIGN_ID));
  }

  @Produces
  @ApplicationScoped
  @Named(CampaignProcess.Bean.CLOSE_CAMPAIGN)
  JavaDelegate closeCampaign() {
    return execution -> lifecycle.markClosed(longVar(execution, CampaignProcess.Var.CAMPAIGN_ID));
  }

  @Produces
  @ApplicationScoped
  @Named(CampaignProcess.Bean.CANCEL_CAMPAIGN)
  JavaDelegate cancelCampaign() {
    return execution ->
        lifecycle.markCancelled(longVar(execution, CampaignProcess.Var.CAMPAIGN_ID));
  }

  @Produces
  @ApplicationScoped
  @Named(CampaignProcess.Listener.SHORTLIST_REOPENED)
  JavaDelegate shortlistReopened() {
    return execution ->
        lifecycle.rejectShortlist(longVar(execution, CampaignProcess.Var.CAMPAIGN_ID));
  }

  @Produces
  @ApplicationScoped
  @Named(CampaignProcess.Listener.SHORTLIST_APPROVED)
  JavaDelegate shortlistApproved() {
    return execution ->
        lifecycle.approveShortlist(longVar(execution, CampaignProcess.Var.CAMPAIGN_ID));
  }

  /** The shortlist as the launch's multi-instance collection. */
  @Produces
  @ApplicationScoped
  @Named(ShortlistedEngagements.BEAN)
  ShortlistedEngagements shortlistedEngagements() {
    return lifecycle::shortlistedEngagementIds;
  }
}
