package io.chorus.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What reports need to know of a campaign: its name, niche, budget and dates. */
public record CampaignFacts(
    long campaignId,
    String name,
    String brand,
    String niche,
    BigDecimal budget,
    String currency,
    LocalDate startDate,
    LocalDate endDate) {}
