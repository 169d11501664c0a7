package io.chorus.app.demo;

import io.chorus.app.security.Roles;
import io.chorus.campaign.CampaignDraft;
import io.chorus.campaign.CampaignGoal;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.process.CampaignProcess;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorQuery;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.CreatorSummary;
import io.chorus.roster.RosterSearch;
import io.chorus.roster.Tier;
import io.chorus.workflow.TaskFilter;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;

/**
 * Demo campaigns at different stages, built the way staff would build them (through the campaign
 * service and the task list), so the task list and process status have something to show:
 *
 * <ul>
 *   <li>a dermatologist campaign still being shortlisted (an open "build shortlist" task);
 *   <li>a mixed campaign over the budget limit, waiting for a manager's approval;
 *   <li>a product seeding to micro-influencers, launched: its engagements wait at "contact
 *       creator".
 * </ul>
 */
@ApplicationScoped
public class CampaignDemoData {

  private static final Logger LOG = Logger.getLogger(CampaignDemoData.class.getName());
  private static final TaskFilter.Viewer OLIVIA =
      new TaskFilter.Viewer("olivia", List.of(Roles.OPERATIONS));

  private static final Set<CreatorStatus> SHORTLISTABLE =
      Set.of(CreatorStatus.PROSPECT, CreatorStatus.VETTED, CreatorStatus.ACTIVE);

  @Inject CampaignService campaigns;
  @Inject RosterSearch roster;
  @Inject TaskListService tasks;
  @Inject IdentityService identity;

  public void seedIfEmpty() {
    if (!campaigns.list().isEmpty()) {
      return;
    }
    identity.setAuthentication(OLIVIA.userId(), OLIVIA.groups());
    try {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);

      CampaignView dermatologists =
          campaigns.create(
              draft(
                  "Barrier Repair Serum: ask the dermatologist",
                  CampaignGoal.CREDIBILITY,
                  "30000.00",
                  "PER_DELIVERABLE",
                  "1500.00",
                  today,
                  "Clinically tested ceramide serum; repairs the skin barrier in 14 days.",
                  "cures eczema\nmiracle\nguaranteed results"),
              OLIVIA.userId());
      shortlist(dermatologists, kols(3), "Verified dermatologist for a credibility brief");

      CampaignView mixed =
          campaigns.create(
              draft(
                  "Glow Serum: trust and reach",
                  CampaignGoal.AWARENESS,
                  "85000.00",
                  "FLAT_FEE",
                  "4000.00",
                  today,
                  "Vitamin C serum for a visible glow in two weeks.",
                  "whitening\nmiracle"),
              OLIVIA.userId());
      shortlist(mixed, kols(2), "Expert voice for the serum's claims");
      shortlist(mixed, influencers(Set.of(Tier.MACRO, Tier.MEGA), 2), "Reach for the launch");
      completeShortlist(mixed);

      CampaignView seeding =
          campaigns.create(
              draft(
                  "Hydra Mist spring seeding",
                  CampaignGoal.AWARENESS,
                  "2000.00",
                  "PRODUCT_ONLY",
                  null,
                  today,
                  "A facial mist for dry spring days; gifted, no fee.",
                  "medical\ncures"),
              OLIVIA.userId());
      shortlist(seeding, influencers(Set.of(Tier.NANO, Tier.MICRO), 6), "Micro voice in skincare");
      completeShortlist(seeding);
      campaigns.launch(seeding.id(), OLIVIA.userId());

      LOG.info(
          () ->
              "Demo campaigns seeded: "
                  + dermatologists.id()
                  + " (shortlisting), "
                  + mixed.id()
                  + " (awaiting approval), "
                  + seeding.id()
                  + " (launched)");
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<CreatorSummary> kols(int count) {
    return roster
        .search(
            CreatorQuery.builder()
                .niche("skincare")
                .kinds(Set.of(CreatorKind.KOL))
                .statuses(SHORTLISTABLE)
                .verified(true)
                .sort(CreatorQuery.Sort.AUDIENCE, true)
                .page(0, count)
                .build())
        .items();
  }

  private List<CreatorSummary> influencers(Set<Tier> tiers, int count) {
    return roster
        .search(
            CreatorQuery.builder()
                .niche("skincare")
                .kinds(Set.of(CreatorKind.INFLUENCER))
                .statuses(SHORTLISTABLE)
                .tiers(tiers)
                .sort(CreatorQuery.Sort.AUDIENCE, true)
                .page(0, count)
                .build())
        .items();
  }

  private void shortlist(CampaignView campaign, List<CreatorSummary> creators, String reason) {
    for (CreatorSummary creator : creators) {
      campaigns.shortlist(campaign.id(), creator.id(), reason, OLIVIA.userId());
    }
  }

  /** Olivia completes "build shortlist": the approval rule then decides what comes next. */
  private void completeShortlist(CampaignView campaign) {
    TaskFilter filter =
        new TaskFilter(
            null,
            campaign.id(),
            null,
            CampaignProcess.Task.BUILD_SHORTLIST,
            null,
            null,
            TaskFilter.Sort.CREATED);
    for (TaskSummary task : tasks.list(OLIVIA, filter, 0, 1).tasks()) {
      tasks.complete(OLIVIA, task.id(), Map.of());
    }
  }

  private static CampaignDraft draft(
      String name,
      CampaignGoal goal,
      String budget,
      String model,
      String fee,
      LocalDate today,
      String keyMessages,
      String donts) {
    CampaignDraft draft = new CampaignDraft();
    draft.name = name;
    draft.brand = "Lumière Labs";
    draft.product = name.substring(0, name.indexOf(name.contains(":") ? ':' : ' '));
    draft.goal = goal;
    draft.niche = "skincare";
    draft.budget = new BigDecimal(budget);
    draft.currency = "USD";
    draft.startDate = today;
    draft.endDate = today.plusDays(60);
    draft.keyMessages = keyMessages;
    draft.dos = "Show the product in daily use; say what you noticed.";
    draft.donts = donts;
    draft.requiredHashtags = "#LumiereLabs";
    draft.requiredMentions = "@lumierelabs";
    draft.jurisdiction = "US_FTC";
    draft.platform = "INSTAGRAM";
    draft.format = "POST";
    draft.deliverableCount = 1;
    draft.compensationModel = model;
    draft.defaultFee = fee == null ? null : new BigDecimal(fee);
    draft.usageRightsChannels = "brand Instagram, website";
    draft.usageRightsMonths = 6;
    draft.ownerManager = "maya";
    return draft;
  }
}
