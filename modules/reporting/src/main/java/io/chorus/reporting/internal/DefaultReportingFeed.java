package io.chorus.reporting.internal;

import io.chorus.reporting.CampaignFacts;
import io.chorus.reporting.DeliverableStatus;
import io.chorus.reporting.PostMetrics;
import io.chorus.reporting.ReportingFeed;
import io.chorus.reporting.ShortlistedCreator;
import io.chorus.reporting.SignedContract;
import io.chorus.reporting.StageHistory;
import io.chorus.reporting.StageVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Keeps the read model. Each fact updates one row; a fact about a frozen campaign or an unknown row
 * changes nothing, so a late or repeated event cannot rewrite a closed campaign's report. The two
 * exceptions are no figures of that report: the campaign's status and a creator's rating.
 */
@ApplicationScoped
@Transactional
public class DefaultReportingFeed implements ReportingFeed {

  private static final Logger LOG = Logger.getLogger(DefaultReportingFeed.class.getName());

  @PersistenceContext(unitName = "reporting")
  EntityManager em;

  @Inject StageHistory history;
  @Inject EmvRates rates;

  @Override
  public void campaignDefined(CampaignFacts facts) {
    CampaignRow row = em.find(CampaignRow.class, facts.campaignId());
    if (row == null) {
      row = new CampaignRow();
      row.campaignId = facts.campaignId();
      row.status = "SHORTLISTING";
      em.persist(row);
    } else if (row.frozen()) {
      return;
    }
    row.name = facts.name();
    row.brand = facts.brand();
    row.niche = facts.niche() == null ? null : facts.niche().toLowerCase(Locale.ROOT);
    row.budget = facts.budget() == null ? BigDecimal.ZERO : facts.budget();
    row.currency = facts.currency();
    row.startDate = facts.startDate();
    row.endDate = facts.endDate();
    row.month = facts.startDate() == null ? "----" : facts.startDate().toString().substring(0, 7);
  }

  @Override
  public void campaignStatus(long campaignId, String status) {
    // The status is not a figure: a frozen report still shows that the campaign closed.
    CampaignRow row = em.find(CampaignRow.class, campaignId);
    if (row != null) {
      row.status = status;
    }
  }

  @Override
  public void shortlisted(ShortlistedCreator creator, OffsetDateTime at) {
    CampaignRow campaign = em.find(CampaignRow.class, creator.campaignId());
    if (campaign == null || campaign.frozen()) {
      LOG.fine(() -> "No open report for campaign " + creator.campaignId());
      return;
    }
    EngagementRow row = em.find(EngagementRow.class, creator.engagementId());
    if (row == null) {
      row = new EngagementRow();
      row.engagementId = creator.engagementId();
      row.shortlistedAt = at;
      em.persist(row);
    }
    row.campaignId = creator.campaignId();
    row.creatorId = creator.creatorId();
    row.creatorName = creator.creatorName();
    row.kind = creator.kind();
    row.tier = creator.tier() == null ? "UNKNOWN" : creator.tier();
    row.followers = creator.followers();
    row.niche = campaign.niche;
    row.month = campaign.month;
    row.currency = campaign.currency;
  }

  @Override
  public void removedFromShortlist(long engagementId) {
    EngagementRow row = openEngagement(engagementId);
    if (row != null) {
      em.remove(row);
    }
  }

  @Override
  public void contacted(long engagementId, OffsetDateTime at) {
    EngagementRow row = openEngagement(engagementId);
    if (row != null && row.contactedAt == null) {
      row.contactedAt = at;
    }
  }

  @Override
  public void accepted(long engagementId, OffsetDateTime at) {
    EngagementRow row = openEngagement(engagementId);
    if (row != null && row.acceptedAt == null) {
      row.acceptedAt = at;
    }
  }

  @Override
  public void contractSigned(SignedContract contract) {
    EngagementRow row = openEngagement(contract.engagementId());
    if (row == null) {
      return;
    }
    if (row.contractedAt == null) {
      row.contractedAt = contract.signedAt();
    }
    row.compensationModel = contract.compensationModel();
    row.committed = contract.committed() == null ? BigDecimal.ZERO : contract.committed();
    row.usageChannels = contract.usageChannels();
    row.usageExpiresOn = contract.usageExpiresOn();
    row.recomputeSaved();
    for (SignedContract.ContractedDeliverable d : contract.deliverables()) {
      DeliverableRow deliverable = em.find(DeliverableRow.class, d.deliverableId());
      if (deliverable == null) {
        deliverable = new DeliverableRow();
        deliverable.deliverableId = d.deliverableId();
        em.persist(deliverable);
      }
      deliverable.engagementId = row.engagementId;
      deliverable.campaignId = row.campaignId;
      deliverable.creatorId = row.creatorId;
      deliverable.kind = row.kind;
      deliverable.tier = row.tier;
      deliverable.niche = row.niche;
      deliverable.month = row.month;
      deliverable.currency = row.currency;
      deliverable.platform = d.platform();
      deliverable.format = d.format();
      deliverable.dueDate = d.dueDate();
    }
  }

  @Override
  public void draftSubmitted(long deliverableId, int version, OffsetDateTime at) {
    DeliverableRow row = openDeliverable(deliverableId);
    if (row != null) {
      if (row.submittedAt == null) {
        row.submittedAt = at;
      }
      row.versions = Math.max(row.versions, version);
    }
  }

  @Override
  public void reviewed(long deliverableId, boolean approved, OffsetDateTime at) {
    DeliverableRow row = openDeliverable(deliverableId);
    if (row != null) {
      if (!approved) {
        row.approvedAt = null;
      } else if (row.approvedAt == null) {
        row.approvedAt = at;
      }
    }
  }

  @Override
  public void published(long deliverableId, String liveUrl, OffsetDateTime at) {
    DeliverableRow row = openDeliverable(deliverableId);
    if (row != null) {
      if (row.publishedAt == null) {
        row.publishedAt = at;
      }
      row.liveUrl = liveUrl;
    }
  }

  @Override
  public void metrics(long deliverableId, PostMetrics metrics) {
    DeliverableRow row = openDeliverable(deliverableId);
    if (row != null) {
      row.views = metrics.views();
      row.impressions = metrics.impressions();
      row.engagements = metrics.engagements();
      row.clicks = metrics.clicks();
    }
  }

  @Override
  public void resolved(
      long deliverableId, DeliverableStatus status, LocalDate resolvedOn, String reason) {
    DeliverableRow row = openDeliverable(deliverableId);
    if (row != null) {
      row.status = status;
      row.resolvedOn = resolvedOn;
      row.reason = reason;
    }
  }

  @Override
  public void paid(long engagementId, BigDecimal amount) {
    EngagementRow row = openEngagement(engagementId);
    if (row != null) {
      row.paid = row.paid.add(amount);
      row.recomputeSaved();
    }
  }

  @Override
  public void earned(long engagementId, BigDecimal amount) {
    EngagementRow row = openEngagement(engagementId);
    if (row != null) {
      row.earned = amount == null || amount.signum() < 0 ? BigDecimal.ZERO : amount;
      row.recomputeSaved();
    }
  }

  @Override
  public void ended(long engagementId, String outcome, Integer rating, OffsetDateTime at) {
    EngagementRow row = openEngagement(engagementId);
    if (row != null) {
      row.outcome = outcome;
      if (rating != null) {
        row.rating = rating;
      }
      if (row.endedAt == null) {
        row.endedAt = at;
      }
      row.recomputeSaved();
    }
  }

  @Override
  public void rated(long engagementId, int rating) {
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("A rating is 1 to 5, not " + rating);
    }
    // Not openEngagement(): a frozen campaign's report shows no rating (see the interface), while
    // the creator's performance, read across campaigns, must see it.
    EngagementRow row = em.find(EngagementRow.class, engagementId);
    if (row == null) {
      LOG.fine(() -> "No engagement " + engagementId + " in the read model to rate");
      return;
    }
    row.rating = rating;
  }

  @Override
  public void freeze(long campaignId, OffsetDateTime at) {
    CampaignRow row = em.find(CampaignRow.class, campaignId);
    if (row == null || row.frozen()) {
      return;
    }
    int visits = 0;
    for (StageVisit visit : history.finishedStages(campaignId)) {
      em.persist(StageVisitRow.of(campaignId, visit));
      visits++;
    }
    row.emvCpm = rates.cpm();
    row.emvCpe = rates.cpe();
    row.frozenAt = at;
    int copied = visits;
    LOG.info(() -> "Report of campaign " + campaignId + " frozen with " + copied + " stage visits");
  }

  private EngagementRow openEngagement(long engagementId) {
    EngagementRow row = em.find(EngagementRow.class, engagementId);
    if (row == null) {
      return null;
    }
    CampaignRow campaign = em.find(CampaignRow.class, row.campaignId);
    return campaign == null || campaign.frozen() ? null : row;
  }

  private DeliverableRow openDeliverable(long deliverableId) {
    DeliverableRow row = em.find(DeliverableRow.class, deliverableId);
    if (row == null) {
      return null;
    }
    CampaignRow campaign = em.find(CampaignRow.class, row.campaignId);
    return campaign == null || campaign.frozen() ? null : row;
  }
}
