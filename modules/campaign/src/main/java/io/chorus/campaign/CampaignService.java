package io.chorus.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Campaigns and their shortlists. Every write names the acting user. */
public interface CampaignService {

  /** Creates a campaign and starts its process at "build shortlist". */
  CampaignView create(@NotNull @Valid CampaignDraft draft, String actor);

  CampaignView get(long campaignId);

  List<CampaignView> list();

  /** Changes a campaign; refused with a conflict when {@code expectedVersion} is stale. */
  CampaignView update(
      long campaignId, long expectedVersion, @NotNull @Valid CampaignDraft draft, String actor);

  /** Puts a creator from the roster on the shortlist (while shortlisting). */
  EngagementView shortlist(long campaignId, long creatorId, String reason, String actor);

  /** Takes a creator off the shortlist (while shortlisting). */
  void removeFromShortlist(long campaignId, long engagementId, String actor);

  List<EngagementView> engagements(long campaignId);

  EngagementView engagement(long engagementId);

  /**
   * Launches an approved campaign: one engagement process starts per shortlisted creator, each in
   * its own job.
   */
  CampaignView launch(long campaignId, String actor);

  /**
   * Cancels the campaign: its process and every open engagement end, nothing undelivered is paid.
   */
  CampaignView cancel(long campaignId, String reason, String actor);
}
