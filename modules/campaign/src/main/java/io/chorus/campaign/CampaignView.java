package io.chorus.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A campaign as the API and pages show it. */
public record CampaignView(
    long id,
    long version,
    String name,
    String brand,
    String product,
    CampaignGoal goal,
    String niche,
    BigDecimal budget,
    String currency,
    LocalDate startDate,
    LocalDate endDate,
    String keyMessages,
    String dos,
    String donts,
    String requiredHashtags,
    String requiredMentions,
    String jurisdiction,
    String platform,
    String format,
    int deliverableCount,
    String compensationModel,
    BigDecimal defaultFee,
    String usageRightsChannels,
    Integer usageRightsMonths,
    String ownerManager,
    CampaignStatus status,
    String processInstanceId,
    int shortlisted,
    String createdBy,
    OffsetDateTime createdAt) {}
