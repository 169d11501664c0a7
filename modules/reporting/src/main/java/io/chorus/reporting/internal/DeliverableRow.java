package io.chorus.reporting.internal;

import io.chorus.reporting.DeliverableStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One contracted deliverable: how far it got, and its verified numbers. */
@Entity
@Table(name = "reporting_deliverable")
class DeliverableRow {

  @Id
  @Column(name = "deliverable_id")
  Long deliverableId;

  @Version long version;

  @Column(name = "engagement_id")
  long engagementId;

  @Column(name = "campaign_id")
  long campaignId;

  @Column(name = "creator_id")
  long creatorId;

  @Column(name = "creator_kind")
  String kind;

  String tier;
  String niche;

  @Column(name = "campaign_month")
  String month;

  String currency;
  String platform;
  String format;

  @Column(name = "due_date")
  LocalDate dueDate;

  @Column(name = "submitted_at")
  OffsetDateTime submittedAt;

  int versions;

  @Column(name = "approved_at")
  OffsetDateTime approvedAt;

  @Column(name = "published_at")
  OffsetDateTime publishedAt;

  @Column(name = "live_url")
  String liveUrl;

  @Enumerated(EnumType.STRING)
  DeliverableStatus status = DeliverableStatus.PENDING;

  @Column(name = "resolved_on")
  LocalDate resolvedOn;

  String reason;
  long views;
  long impressions;
  long engagements;
  long clicks;
}
