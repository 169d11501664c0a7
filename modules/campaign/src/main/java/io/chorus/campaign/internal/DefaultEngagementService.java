package io.chorus.campaign.internal;

import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignException.Reason;
import io.chorus.campaign.CampaignLifecycle;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.EngagementService;
import io.chorus.campaign.EngagementStage;
import io.chorus.campaign.EngagementView;
import io.chorus.campaign.process.EngagementProcess.CreatorResponse;
import io.chorus.campaign.process.EngagementProcess.Message;
import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.contracting.ContractService;
import io.chorus.reporting.ReportingFeed;
import io.chorus.review.DeliveryVerificationService;
import io.chorus.review.DeliveryView;
import io.chorus.review.IssuedLink;
import io.chorus.review.LivePostSubmission;
import io.chorus.review.NewSubmission;
import io.chorus.review.ReviewService;
import io.chorus.review.SubmissionChannel;
import io.chorus.review.SubmissionLinkService;
import io.chorus.review.SubmissionView;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.RelationshipEntry;
import io.chorus.roster.RosterService;
import io.chorus.workflow.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Stores what arrives for an engagement and correlates the process's message in the same
 * transaction, so the fact and the process step commit together.
 */
@ApplicationScoped
public class DefaultEngagementService implements EngagementService {

  private static final Logger LOG = Logger.getLogger(DefaultEngagementService.class.getName());

  @Inject RuntimeService runtime;
  @Inject CampaignService campaigns;
  @Inject CampaignLifecycle lifecycle;
  @Inject ContractService contracts;
  @Inject ReviewService reviews;
  @Inject DeliveryVerificationService deliveries;
  @Inject SubmissionLinkService links;
  @Inject ReportingFeed reporting;
  @Inject RosterService roster;

  /** The roster's limit on a relationship entry's comment. */
  static final int MAX_COMMENT = 2000;

  @Override
  @Transactional
  public void recordResponse(long engagementId, CreatorResponse response, String actor) {
    if (response == null) {
      throw new CampaignException(
          Reason.INVALID, "response", "Give the response: ACCEPTED, DECLINED or COUNTER_OFFER.");
    }
    EngagementView engagement = campaigns.engagement(engagementId);
    try {
      runtime
          .createMessageCorrelation(Message.CREATOR_RESPONDED)
          .processInstanceBusinessKey(
              BusinessKeys.engagement(engagement.campaignId(), engagementId))
          .setVariable(Var.RESPONSE, response.name())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new CampaignException(
          Reason.WRONG_STATE,
          null,
          "Engagement " + engagementId + " is not waiting for the creator's response.");
    }
    if (response == CreatorResponse.COUNTER_OFFER) {
      lifecycle.engagementStage(engagementId, EngagementStage.NEGOTIATION);
    } else if (response == CreatorResponse.ACCEPTED) {
      reporting.accepted(engagementId, OffsetDateTime.now(ZoneOffset.UTC));
    }
    LOG.info(
        () -> "Engagement " + engagementId + ": creator " + response + ", recorded by " + actor);
  }

  @Override
  @Transactional
  public SubmissionView submitDraft(
      long engagementId,
      long deliverableId,
      String caption,
      List<String> mediaLinks,
      String submittedBy,
      SubmissionChannel channel) {
    EngagementView engagement = deliverableOf(engagementId, deliverableId);
    SubmissionView submission =
        reviews.submit(
            new NewSubmission(
                engagementId,
                deliverableId,
                caption,
                mediaLinks == null ? List.of() : mediaLinks,
                submittedBy,
                channel));
    correlate(Message.DRAFT_SUBMITTED, engagement, deliverableId);
    return submission;
  }

  @Override
  @Transactional
  public DeliveryView submitLivePost(
      long engagementId,
      long deliverableId,
      String url,
      String submittedBy,
      SubmissionChannel channel) {
    EngagementView engagement = deliverableOf(engagementId, deliverableId);
    DeliveryView delivery =
        deliveries.submitLivePost(
            new LivePostSubmission(engagementId, deliverableId, url, submittedBy, channel));
    if (correlate(Message.LIVE_POST_SUBMITTED, engagement, deliverableId) > 0) {
      lifecycle.engagementStage(engagementId, EngagementStage.VERIFICATION);
    }
    return delivery;
  }

  @Override
  @Transactional
  public IssuedLink issueSubmissionLink(long engagementId, Duration validFor, String actor) {
    campaigns.engagement(engagementId);
    return links.issue(engagementId, validFor, actor);
  }

  @Override
  public long engagementOfLink(String token) {
    return links.validate(token);
  }

  @Override
  @Transactional
  public RelationshipEntry rate(long engagementId, int rating, String comment, String ratedBy) {
    if (rating < 1 || rating > 5) {
      throw new CampaignException(Reason.INVALID, "rating", "Rate from 1 to 5.");
    }
    if (comment != null && comment.strip().length() > MAX_COMMENT) {
      throw new CampaignException(Reason.INVALID, "comment", "At most 2000 characters.");
    }
    EngagementView engagement = campaigns.engagement(engagementId);
    if (engagement.outcome() == null) {
      throw new CampaignException(
          Reason.WRONG_STATE,
          null,
          "Engagement "
              + engagementId
              + " has not ended yet (stage "
              + engagement.stage()
              + "): rate the creator's work once it has ended.");
    }
    // The end step recorded the entry; keep its outcome, rate paid and campaign name.
    String campaignRef = BusinessKeys.campaign(engagement.campaignId());
    RelationshipEntry recorded =
        roster.relationships(engagement.creatorId()).stream()
            .filter(e -> campaignRef.equals(e.campaignRef()))
            .findFirst()
            .orElseThrow(
                () ->
                    new CampaignException(
                        Reason.WRONG_STATE,
                        null,
                        "Creator "
                            + engagement.creatorId()
                            + " has no history entry for campaign "
                            + engagement.campaignId()
                            + " to rate."));
    String kept = comment == null || comment.isBlank() ? recorded.comment() : comment.strip();
    RelationshipEntry rated =
        roster.recordOutcome(
            engagement.creatorId(),
            new OutcomeDraft(
                campaignRef,
                recorded.campaignName(),
                recorded.outcome(),
                recorded.ratePaid(),
                recorded.currency(),
                rating,
                kept));
    reporting.rated(engagementId, rating);
    LOG.info(
        () ->
            String.format(
                "Engagement %d: creator %d rated %d by %s",
                engagementId, engagement.creatorId(), rating, ratedBy));
    return rated;
  }

  /** The engagement, after checking the deliverable is one of its contract's. */
  private EngagementView deliverableOf(long engagementId, long deliverableId) {
    EngagementView engagement = campaigns.engagement(engagementId);
    boolean ours =
        contracts
            .findByEngagement(engagementId)
            .map(c -> c.deliverables().stream().anyMatch(d -> d.id() == deliverableId))
            .orElse(false);
    if (!ours) {
      throw new CampaignException(
          Reason.NOT_FOUND,
          "deliverableId",
          "Engagement " + engagementId + " has no deliverable " + deliverableId + ".");
    }
    return engagement;
  }

  /**
   * Tells the deliverable's waiting step; none waiting (a draft superseding one under review, a
   * corrected URL) is fine: the fact is stored and read when the process gets there.
   */
  private int correlate(String message, EngagementView engagement, long deliverableId) {
    int correlated =
        runtime
            .createMessageCorrelation(message)
            .processInstanceBusinessKey(
                BusinessKeys.engagement(engagement.campaignId(), engagement.id()))
            .localVariableEquals(Var.DELIVERABLE_ID, Long.toString(deliverableId))
            .correlateAllWithResult()
            .size();
    LOG.info(
        () ->
            String.format(
                "Engagement %d deliverable %d: %s (%d waiting step(s))",
                engagement.id(), deliverableId, message, correlated));
    return correlated;
  }
}
