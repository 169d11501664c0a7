package io.chorus.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One creator on one campaign: the funnel steps reached, and the money. */
@Entity
@Table(name = "reporting_engagement")
class EngagementRow {

  @Id
  @Column(name = "engagement_id")
  Long engagementId;

  @Version long version;

  @Column(name = "campaign_id")
  long campaignId;

  @Column(name = "creator_id")
  long creatorId;

  @Column(name = "creator_name")
  String creatorName;

  @Column(name = "creator_kind")
  String kind;

  String tier;
  String niche;

  @Column(name = "campaign_month")
  String month;

  String currency;
  long followers;

  @Column(name = "shortlisted_at")
  OffsetDateTime shortlistedAt;

  @Column(name = "contacted_at")
  OffsetDateTime contactedAt;

  @Column(name = "accepted_at")
  OffsetDateTime acceptedAt;

  @Column(name = "contracted_at")
  OffsetDateTime contractedAt;

  @Column(name = "compensation_model")
  String compensationModel;

  BigDecimal committed = BigDecimal.ZERO;
  BigDecimal paid = BigDecimal.ZERO;
  BigDecimal earned = BigDecimal.ZERO;
  BigDecimal due = BigDecimal.ZERO;
  BigDecimal saved = BigDecimal.ZERO;

  @Column(name = "usage_channels")
  String usageChannels;

  @Column(name = "usage_expires_on")
  LocalDate usageExpiresOn;

  String outcome;

  @Column(name = "ended_at")
  OffsetDateTime endedAt;

  Integer rating;

  /**
   * Due: earned and not paid yet. Saved: what an ended engagement committed and neither paid nor
   * owes (undelivered work that was not paid). Until it ends, nothing is saved yet.
   */
  void recomputeSaved() {
    BigDecimal owed = earned.subtract(paid);
    due = owed.signum() > 0 ? owed : BigDecimal.ZERO;
    BigDecimal open = committed.subtract(paid).subtract(due);
    saved = endedAt != null && open.signum() > 0 ? open : BigDecimal.ZERO;
  }
}
