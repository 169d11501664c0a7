package io.chorus.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A campaign as reports know it. */
@Entity
@Table(name = "reporting_campaign")
class CampaignRow {

  @Id
  @Column(name = "campaign_id")
  Long campaignId;

  @Version long version;

  String name;
  String brand;
  String niche;

  @Column(name = "campaign_month")
  String month;

  String currency;
  BigDecimal budget;

  @Column(name = "start_date")
  LocalDate startDate;

  @Column(name = "end_date")
  LocalDate endDate;

  String status;

  @Column(name = "frozen_at")
  OffsetDateTime frozenAt;

  @Column(name = "emv_cpm")
  BigDecimal emvCpm;

  @Column(name = "emv_cpe")
  BigDecimal emvCpe;

  boolean frozen() {
    return frozenAt != null;
  }
}
