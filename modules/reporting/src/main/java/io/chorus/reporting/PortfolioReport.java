package io.chorus.reporting;

import java.util.List;

/**
 * The same figures across all campaigns, by month (of the campaign start), niche, kind and tier.
 */
public record PortfolioReport(
    long campaigns,
    List<Figures> byMonth,
    List<Figures> byNiche,
    List<Figures> byKind,
    List<Figures> byTier,
    CampaignReport.Emv emv) {}
