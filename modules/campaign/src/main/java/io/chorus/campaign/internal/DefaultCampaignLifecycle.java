package io.chorus.campaign.internal;

import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignException.Reason;
import io.chorus.campaign.CampaignLifecycle;
import io.chorus.campaign.CampaignStatus;
import io.chorus.campaign.EngagementOutcome;
import io.chorus.campaign.EngagementStage;
import io.chorus.reporting.ReportingFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/** The campaign's records as its process moves; every step is safe to run twice (job retries). */
@ApplicationScoped
@Transactional
public class DefaultCampaignLifecycle implements CampaignLifecycle {

  private static final Logger LOG = Logger.getLogger(DefaultCampaignLifecycle.class.getName());

  @PersistenceContext(unitName = "campaign")
  EntityManager em;

  @Inject ReportingFeed reporting;

  @Override
  public ShortlistFacts submitShortlist(long campaignId) {
    CampaignEntity campaign = campaign(campaignId);
    if (campaign.status == CampaignStatus.SHORTLISTING) {
      campaign.status = CampaignStatus.AWAITING_APPROVAL;
    }
    // Counted here, not in SQL: EclipseLink's H2 platform binds booleans as 1/0, which H2 2.x
    // refuses to compare with a BOOLEAN column.
    List<Object[]> shortlist =
        em.createQuery(
                "select e.regulatedField, e.creatorKind from EngagementEntity e"
                    + " where e.campaignId = :c",
                Object[].class)
            .setParameter("c", campaignId)
            .getResultList();
    int regulatedKols =
        (int)
            shortlist.stream()
                .filter(r -> Boolean.TRUE.equals(r[0]) && !"INFLUENCER".equals(r[1]))
                .count();
    return new ShortlistFacts(campaign.budget.doubleValue(), shortlist.size(), regulatedKols);
  }

  @Override
  public void approveShortlist(long campaignId) {
    CampaignEntity campaign = campaign(campaignId);
    if (campaign.status == CampaignStatus.AWAITING_APPROVAL) {
      campaign.status = CampaignStatus.APPROVED;
      LOG.info(() -> "Campaign " + campaignId + ": shortlist and budget approved");
    }
  }

  @Override
  public void rejectShortlist(long campaignId) {
    CampaignEntity campaign = campaign(campaignId);
    if (campaign.status == CampaignStatus.AWAITING_APPROVAL) {
      campaign.status = CampaignStatus.SHORTLISTING;
      LOG.info(() -> "Campaign " + campaignId + ": shortlist sent back");
    }
  }

  @Override
  public List<Long> shortlistedEngagementIds(long campaignId) {
    return em.createQuery(
            "select e.id from EngagementEntity e where e.campaignId = :c order by e.id", Long.class)
        .setParameter("c", campaignId)
        .getResultList();
  }

  @Override
  public java.time.LocalDate markLaunched(long campaignId) {
    CampaignEntity campaign = campaign(campaignId);
    if (campaign.launchedAt == null) {
      campaign.status = CampaignStatus.RUNNING;
      campaign.launchedAt = now();
      LOG.info(() -> "Campaign " + campaignId + " launched");
    }
    reporting.campaignStatus(campaignId, campaign.status.name());
    return campaign.endDate;
  }

  @Override
  public void freezeReport(long campaignId) {
    CampaignEntity campaign = campaign(campaignId);
    if (campaign.reportFrozenAt == null) {
      campaign.reportFrozenAt = now();
    }
    // Reporting keeps what it needs to answer for the campaign later, as of this moment.
    reporting.freeze(campaignId, campaign.reportFrozenAt);
  }

  @Override
  public void markClosed(long campaignId) {
    CampaignEntity campaign = campaign(campaignId);
    if (campaign.status != CampaignStatus.CLOSED && campaign.status != CampaignStatus.CANCELLED) {
      campaign.status = CampaignStatus.CLOSED;
      campaign.closedAt = now();
      LOG.info(() -> "Campaign " + campaignId + " closed");
    }
    reporting.campaignStatus(campaignId, campaign.status.name());
  }

  @Override
  public void markCancelled(long campaignId) {
    CampaignEntity campaign = campaign(campaignId);
    if (campaign.status != CampaignStatus.CANCELLED) {
      LOG.info(() -> "Campaign " + campaignId + " cancelled");
    }
    campaign.status = CampaignStatus.CANCELLED;
    if (campaign.closedAt == null) {
      campaign.closedAt = now();
    }
    reporting.campaignStatus(campaignId, campaign.status.name());
  }

  @Override
  public void engagementStage(long engagementId, EngagementStage stage) {
    EngagementEntity engagement = engagement(engagementId);
    if (engagement.outcome == null) {
      engagement.moveTo(stage);
    }
    if (stage == EngagementStage.OUTREACH) {
      reporting.contacted(engagementId, now());
    } else if (stage == EngagementStage.CONTRACT) {
      reporting.accepted(engagementId, now());
    }
  }

  @Override
  public void engagementStarted(long engagementId, String processInstanceId) {
    engagement(engagementId).processInstanceId = processInstanceId;
  }

  @Override
  public void engagementEnded(long engagementId, EngagementOutcome outcome) {
    EngagementEntity engagement = engagement(engagementId);
    engagement.moveTo(EngagementStage.CLOSED);
    engagement.outcome = outcome;
    reporting.ended(engagementId, outcome.name(), null, now());
    LOG.info(() -> "Engagement " + engagementId + " ended: " + outcome);
  }

  private CampaignEntity campaign(long campaignId) {
    CampaignEntity campaign = em.find(CampaignEntity.class, campaignId);
    if (campaign == null) {
      throw new CampaignException(Reason.NOT_FOUND, null, "No campaign " + campaignId);
    }
    return campaign;
  }

  private EngagementEntity engagement(long engagementId) {
    EngagementEntity engagement = em.find(EngagementEntity.class, engagementId);
    if (engagement == null) {
      throw new CampaignException(Reason.NOT_FOUND, null, "No engagement " + engagementId);
    }
    return engagement;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
