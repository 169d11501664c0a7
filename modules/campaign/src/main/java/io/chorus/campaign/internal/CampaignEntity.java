package io.chorus.campaign.internal;

import io.chorus.campaign.CampaignDraft;
import io.chorus.campaign.CampaignGoal;
import io.chorus.campaign.CampaignStatus;
import io.chorus.campaign.CampaignView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@Entity
@Table(name = "campaign_campaign")
class CampaignEntity {

  @Id
  @SequenceGenerator(
      name = "campaign_campaign_seq",
      sequenceName = "campaign_campaign_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_campaign_seq")
  Long id;

  @Version long version;

  String name;
  String brand;
  String product;

  @Enumerated(EnumType.STRING)
  CampaignGoal goal;

  String niche;
  BigDecimal budget;
  String currency;

  @Column(name = "start_date")
  LocalDate startDate;

  @Column(name = "end_date")
  LocalDate endDate;

  @Column(name = "key_messages")
  String keyMessages;

  String dos;
  String donts;

  @Column(name = "required_hashtags")
  String requiredHashtags;

  @Column(name = "required_mentions")
  String requiredMentions;

  String jurisdiction;
  String platform;
  String format;

  @Column(name = "deliverable_count")
  int deliverableCount;

  @Column(name = "compensation_model")
  String compensationModel;

  @Column(name = "default_fee")
  BigDecimal defaultFee;

  @Column(name = "usage_rights_channels")
  String usageRightsChannels;

  @Column(name = "usage_rights_months")
  Integer usageRightsMonths;

  @Column(name = "owner_manager")
  String ownerManager;

  @Enumerated(EnumType.STRING)
  CampaignStatus status;

  @Column(name = "process_instance_id")
  String processInstanceId;

  @Column(name = "cancel_reason")
  String cancelReason;

  @Column(name = "launched_at")
  OffsetDateTime launchedAt;

  @Column(name = "report_frozen_at")
  OffsetDateTime reportFrozenAt;

  @Column(name = "closed_at")
  OffsetDateTime closedAt;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "created_at")
  OffsetDateTime createdAt;

  void apply(CampaignDraft draft) {
    name = draft.name.strip();
    brand = draft.brand.strip();
    product = draft.product;
    goal = draft.goal;
    niche = draft.niche.strip().toLowerCase(java.util.Locale.ROOT);
    budget = draft.budget;
    currency = draft.currency;
    startDate = draft.startDate;
    endDate = draft.endDate;
    keyMessages = draft.keyMessages;
    dos = draft.dos;
    donts = draft.donts;
    requiredHashtags = draft.requiredHashtags == null ? null : draft.requiredHashtags.strip();
    requiredMentions = draft.requiredMentions == null ? null : draft.requiredMentions.strip();
    jurisdiction = draft.jurisdiction;
    platform = draft.platform;
    format = draft.format;
    deliverableCount = draft.deliverableCount;
    compensationModel = draft.compensationModel;
    defaultFee = draft.defaultFee;
    usageRightsChannels = draft.usageRightsChannels;
    usageRightsMonths = draft.usageRightsMonths;
    ownerManager = draft.ownerManager;
  }

  static CampaignEntity create(CampaignDraft draft, String actor) {
    CampaignEntity entity = new CampaignEntity();
    entity.apply(draft);
    entity.status = CampaignStatus.SHORTLISTING;
    entity.createdBy = actor;
    entity.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    return entity;
  }

  CampaignView view(int shortlisted) {
    return new CampaignView(
        id,
        version,
        name,
        brand,
        product,
        goal,
        niche,
        budget,
        currency,
        startDate,
        endDate,
        keyMessages,
        dos,
        donts,
        requiredHashtags,
        requiredMentions,
        jurisdiction,
        platform,
        format,
        deliverableCount,
        compensationModel,
        defaultFee,
        usageRightsChannels,
        usageRightsMonths,
        ownerManager,
        status,
        processInstanceId,
        shortlisted,
        createdBy,
        createdAt);
  }
}
