package io.chorus.campaign.delegate;

import io.chorus.campaign.CampaignLifecycle;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.EngagementOutcome;
import io.chorus.campaign.EngagementView;
import io.chorus.roster.Outcome;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.RosterService;
import io.chorus.workflow.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * How an engagement ended, told to the two places that keep it: the campaign's engagement list and
 * the creator's relationship history in the roster. Both are idempotent, so a retried step records
 * the same once.
 */
@ApplicationScoped
class EngagementOutcomes {

  @Inject CampaignLifecycle lifecycle;
  @Inject CampaignService campaigns;
  @Inject RosterService roster;

  void ended(
      long engagementId,
      EngagementOutcome outcome,
      BigDecimal paid,
      String currency,
      String comment) {
    lifecycle.engagementEnded(engagementId, outcome);
    EngagementView engagement = campaigns.engagement(engagementId);
    String campaignName = campaigns.get(engagement.campaignId()).name();
    roster.recordOutcome(
        engagement.creatorId(),
        new OutcomeDraft(
            BusinessKeys.campaign(engagement.campaignId()),
            campaignName,
            rosterOutcome(outcome),
            paid,
            paid == null ? null : currency,
            null,
            comment));
  }

  /** The roster knows fewer endings than the campaign; an unsigned contract is no answer. */
  static Outcome rosterOutcome(EngagementOutcome outcome) {
    return switch (outcome) {
      case DELIVERED_ON_TIME -> Outcome.DELIVERED_ON_TIME;
      case DELIVERED_LATE -> Outcome.DELIVERED_LATE;
      case UNDELIVERED -> Outcome.UNDELIVERED;
      case DECLINED, CONTRACT_REJECTED -> Outcome.DECLINED;
      case NO_RESPONSE, CONTRACT_EXPIRED -> Outcome.NO_RESPONSE;
      case CANCELLED -> Outcome.CANCELLED;
    };
  }
}
