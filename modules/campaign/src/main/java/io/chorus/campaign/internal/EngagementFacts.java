package io.chorus.campaign.internal;

import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementView;
import io.chorus.contracting.ContractService;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableView;
import io.chorus.review.BriefRules;
import io.chorus.review.ContractedAccount;
import io.chorus.review.Jurisdiction;
import io.chorus.review.Platform;
import io.chorus.review.VerificationCriteria;
import io.chorus.roster.AccountView;
import io.chorus.roster.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Translates between the modules for one engagement: the campaign's brief as the review module's
 * rules, and the contracted account and publication window a live post is verified against. Reads
 * only, through public services.
 */
@ApplicationScoped
public class EngagementFacts {

  @Inject CampaignService campaigns;
  @Inject ContractService contracts;
  @Inject RosterService roster;

  /** The brief's required tags, mentions, disclosure rules and banned claims (its don'ts). */
  public BriefRules briefRules(long campaignId) {
    CampaignView campaign = campaigns.get(campaignId);
    return new BriefRules(
        words(campaign.requiredHashtags()),
        words(campaign.requiredMentions()),
        Jurisdiction.valueOf(campaign.jurisdiction()),
        campaign.donts() == null
            ? List.of()
            : campaign.donts().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  /** The platform a deliverable is published on, in the review module's words. */
  public Platform platform(long contractId, long deliverableId) {
    return Platform.valueOf(deliverable(contractId, deliverableId).platform().name());
  }

  /**
   * What the live post must satisfy: on the creator's account on the deliverable's platform,
   * published between the campaign start and {@code publishBy} (the later of the campaign end and
   * the publication deadline the process holds, which a manager may have extended).
   */
  public VerificationCriteria criteria(
      long engagementId, long contractId, long deliverableId, LocalDate deadline) {
    EngagementView engagement = campaigns.engagement(engagementId);
    CampaignView campaign = campaigns.get(engagement.campaignId());
    DeliverableView deliverable = deliverable(contractId, deliverableId);
    Platform platform = Platform.valueOf(deliverable.platform().name());
    AccountView account =
        roster.get(engagement.creatorId()).accounts().stream()
            .filter(a -> a.platform().name().equals(platform.name()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Creator "
                            + engagement.creatorId()
                            + " has no "
                            + platform
                            + " account for deliverable "
                            + deliverableId));
    LocalDate publishBy =
        deadline != null && deadline.isAfter(campaign.endDate()) ? deadline : campaign.endDate();
    return new VerificationCriteria(
        new ContractedAccount(platform, account.handle(), account.url()),
        deliverable.format() == DeliverableFormat.STORY,
        campaign.startDate(),
        publishBy,
        Jurisdiction.valueOf(campaign.jurisdiction()));
  }

  /** One deliverable of a contract. */
  public DeliverableView deliverable(long contractId, long deliverableId) {
    return contracts.get(contractId).deliverables().stream()
        .filter(d -> d.id() == deliverableId)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Contract " + contractId + " has no deliverable " + deliverableId));
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.trim().split("\\s+")).toList();
  }
}
