package io.chorus.reporting;

import java.util.List;

/** Reports, computed by aggregate queries over reporting's read model. */
public interface ReportService {

  /**
   * @throws ReportNotFoundException for an unknown campaign
   */
  CampaignReport campaign(long campaignId);

  /** All verified content of a campaign with its usage rights, soonest expiry first. */
  List<UgcItem> ugc(long campaignId);

  PortfolioReport portfolio();

  /** Creators by name, at most {@code limit}. */
  List<CreatorPerformance> creators(int limit);
}
