package io.chorus.campaign.internal;

import io.chorus.campaign.CampaignDraft;
import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignException.Reason;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignStatus;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementStage;
import io.chorus.campaign.EngagementView;
import io.chorus.reporting.CampaignFacts;
import io.chorus.reporting.ReportingFeed;
import io.chorus.reporting.ShortlistedCreator;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Campaigns and shortlists in the database; the campaign's process is started and told here. */
@ApplicationScoped
public class DefaultCampaignService implements CampaignService {

  private static final Logger LOG = Logger.getLogger(DefaultCampaignService.class.getName());

  @PersistenceContext(unitName = "campaign")
  EntityManager em;

  @Inject RosterService roster;
  @Inject CampaignProcesses processes;
  @Inject ReportingFeed reporting;

  @Override
  @Transactional
  public CampaignView create(CampaignDraft draft, String actor) {
    CampaignEntity campaign = CampaignEntity.create(draft, actor);
    em.persist(campaign);
    em.flush();
    campaign.processInstanceId = processes.startCampaign(campaign.id);
    reporting.campaignDefined(facts(campaign));
    LOG.info(() -> "Campaign " + campaign.id + " (" + campaign.name + ") created by " + actor);
    return campaign.view(0);
  }

  @Override
  public CampaignView get(long campaignId) {
    CampaignEntity campaign = find(campaignId);
    return campaign.view(shortlistSize(campaignId));
  }

  @Override
  public List<CampaignView> list() {
    Map<Long, Long> sizes =
        em
            .createQuery(
                "select e.campaignId, count(e) from EngagementEntity e group by e.campaignId",
                Object[].class)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    return em
        .createQuery("select c from CampaignEntity c order by c.id desc", CampaignEntity.class)
        .getResultList()
        .stream()
        .map(c -> c.view(sizes.getOrDefault(c.id, 0L).intValue()))
        .toList();
  }

  @Override
  @Transactional
  public CampaignView update(
      long campaignId, long expectedVersion, CampaignDraft draft, String actor) {
    CampaignEntity campaign = find(campaignId);
    if (campaign.version != expectedVersion) {
      throw new CampaignException(
          Reason.CONFLICT,
          "version",
          "Someone else changed this campaign (now version "
              + campaign.version
              + "). Reload it and try again.");
    }
    if (campaign.status == CampaignStatus.CANCELLED || campaign.status == CampaignStatus.CLOSED) {
      throw new CampaignException(
          Reason.WRONG_STATE, null, "A " + campaign.status + " campaign cannot be changed.");
    }
    campaign.apply(draft);
    em.flush();
    reporting.campaignDefined(facts(campaign));
    return campaign.view(shortlistSize(campaignId));
  }

  @Override
  @Transactional
  public EngagementView shortlist(long campaignId, long creatorId, String reason, String actor) {
    CampaignEntity campaign = find(campaignId);
    requireShortlisting(campaign);
    CreatorDetails creator =
        roster
            .find(creatorId)
            .orElseThrow(
                () ->
                    new CampaignException(
                        Reason.INVALID,
                        "creatorId",
                        "No creator " + creatorId + " in the roster."));
    if (creator.status() == CreatorStatus.BLOCKED) {
      throw new CampaignException(
          Reason.INVALID, "creatorId", creator.name() + " is blocked and cannot be shortlisted.");
    }
    Optional<EngagementEntity> existing =
        em.createQuery(
                "select e from EngagementEntity e where e.campaignId = :c and e.creatorId = :k",
                EngagementEntity.class)
            .setParameter("c", campaignId)
            .setParameter("k", creatorId)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get().view();
    }
    EngagementEntity engagement = new EngagementEntity();
    engagement.campaignId = campaignId;
    engagement.creatorId = creatorId;
    engagement.creatorName = creator.name();
    engagement.creatorKind = creator.kind().name();
    engagement.tier = creator.tier() == null ? null : creator.tier().name();
    engagement.regulatedField =
        creator.kolProfile() != null && creator.kolProfile().regulatedField();
    engagement.stage = EngagementStage.SHORTLISTED;
    engagement.stageSince = OffsetDateTime.now(ZoneOffset.UTC);
    engagement.shortlistReason = reason;
    engagement.createdBy = actor;
    em.persist(engagement);
    em.flush();
    reporting.campaignDefined(facts(campaign));
    reporting.shortlisted(
        new ShortlistedCreator(
            engagement.id,
            campaignId,
            creatorId,
            engagement.creatorName,
            engagement.creatorKind,
            engagement.tier,
            creator.largestAudience()),
        engagement.stageSince);
    LOG.info(
        () -> "Creator " + creatorId + " shortlisted for campaign " + campaignId + " by " + actor);
    return engagement.view();
  }

  @Override
  @Transactional
  public void removeFromShortlist(long campaignId, long engagementId, String actor) {
    CampaignEntity campaign = find(campaignId);
    requireShortlisting(campaign);
    EngagementEntity engagement = em.find(EngagementEntity.class, engagementId);
    if (engagement == null || engagement.campaignId != campaignId) {
      throw new CampaignException(
          Reason.NOT_FOUND, null, "No engagement " + engagementId + " on campaign " + campaignId);
    }
    em.remove(engagement);
    reporting.removedFromShortlist(engagementId);
  }

  @Override
  public List<EngagementView> engagements(long campaignId) {
    find(campaignId);
    return em.createQuery(
            "select e from EngagementEntity e where e.campaignId = :c order by e.id",
            EngagementEntity.class)
        .setParameter("c", campaignId)
        .getResultStream()
        .map(EngagementEntity::view)
        .toList();
  }

  @Override
  public EngagementView engagement(long engagementId) {
    EngagementEntity engagement = em.find(EngagementEntity.class, engagementId);
    if (engagement == null) {
      throw new CampaignException(Reason.NOT_FOUND, null, "No engagement " + engagementId);
    }
    return engagement.view();
  }

  @Override
  @Transactional
  public CampaignView launch(long campaignId, String actor) {
    CampaignEntity campaign = find(campaignId);
    // The process knows whether shortlist and budget were approved: it waits for the launch
    // only then.
    if (!processes.launch(campaignId)) {
      throw new CampaignException(
          Reason.WRONG_STATE,
          null,
          "Only a campaign whose shortlist and budget are approved can be launched; this one is "
              + campaign.status
              + ".");
    }
    LOG.info(() -> "Campaign " + campaignId + " launch requested by " + actor);
    return campaign.view(shortlistSize(campaignId));
  }

  @Override
  @Transactional
  public CampaignView cancel(long campaignId, String reason, String actor) {
    CampaignEntity campaign = em.find(CampaignEntity.class, campaignId, LockModeType.OPTIMISTIC);
    if (campaign == null) {
      throw new CampaignException(Reason.NOT_FOUND, null, "No campaign " + campaignId);
    }
    if (campaign.status == CampaignStatus.CANCELLED || campaign.status == CampaignStatus.CLOSED) {
      throw new CampaignException(
          Reason.WRONG_STATE, null, "The campaign is already " + campaign.status + ".");
    }
    campaign.status = CampaignStatus.CANCELLED;
    campaign.cancelReason = reason;
    processes.cancelCampaign(campaignId, reason, actor);
    LOG.info(() -> "Campaign " + campaignId + " cancelled by " + actor + ": " + reason);
    return campaign.view(shortlistSize(campaignId));
  }

  /** What reporting keeps of a campaign. */
  static CampaignFacts facts(CampaignEntity campaign) {
    return new CampaignFacts(
        campaign.id,
        campaign.name,
        campaign.brand,
        campaign.niche,
        campaign.budget,
        campaign.currency,
        campaign.startDate,
        campaign.endDate);
  }

  private CampaignEntity find(long campaignId) {
    CampaignEntity campaign = em.find(CampaignEntity.class, campaignId);
    if (campaign == null) {
      throw new CampaignException(Reason.NOT_FOUND, null, "No campaign " + campaignId);
    }
    return campaign;
  }

  private static void requireShortlisting(CampaignEntity campaign) {
    if (campaign.status != CampaignStatus.SHORTLISTING) {
      throw new CampaignException(
          Reason.WRONG_STATE,
          null,
          "The shortlist can change only while shortlisting; the campaign is "
              + campaign.status
              + ".");
    }
  }

  private int shortlistSize(long campaignId) {
    return em.createQuery(
            "select count(e) from EngagementEntity e where e.campaignId = :c", Long.class)
        .setParameter("c", campaignId)
        .getSingleResult()
        .intValue();
  }
}
