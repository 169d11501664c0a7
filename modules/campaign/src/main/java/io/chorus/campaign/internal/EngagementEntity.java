package io.chorus.campaign.internal;

import io.chorus.campaign.EngagementOutcome;
import io.chorus.campaign.EngagementStage;
import io.chorus.campaign.EngagementView;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@Entity
@Table(name = "campaign_engagement")
class EngagementEntity {

  @Id
  @SequenceGenerator(
      name = "campaign_engagement_seq",
      sequenceName = "campaign_engagement_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_engagement_seq")
  Long id;

  @Version long version;

  @Column(name = "campaign_id")
  long campaignId;

  @Column(name = "creator_id")
  long creatorId;

  @Column(name = "creator_name")
  String creatorName;

  @Column(name = "creator_kind")
  String creatorKind;

  String tier;

  @Column(name = "regulated_field")
  boolean regulatedField;

  @Enumerated(EnumType.STRING)
  EngagementStage stage;

  @Column(name = "stage_since")
  OffsetDateTime stageSince;

  @Enumerated(EnumType.STRING)
  EngagementOutcome outcome;

  @Column(name = "process_instance_id")
  String processInstanceId;

  @Column(name = "shortlist_reason")
  String shortlistReason;

  @Column(name = "created_by")
  String createdBy;

  void moveTo(EngagementStage newStage) {
    if (stage != newStage) {
      stage = newStage;
      stageSince = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  EngagementView view() {
    return new EngagementView(
        id,
        campaignId,
        creatorId,
        creatorName,
        creatorKind,
        tier,
        regulatedField,
        stage,
        stageSince,
        outcome,
        processInstanceId,
        shortlistReason);
  }
}
