package io.chorus.reporting.internal;

import io.chorus.reporting.StageVisit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A finished wait, copied from process history when the campaign's report was frozen. */
@Entity
@Table(name = "reporting_stage_visit")
class StageVisitRow {

  @Id
  @SequenceGenerator(
      name = "reporting_stage_visit_seq",
      sequenceName = "reporting_stage_visit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_stage_visit_seq")
  Long id;

  @Column(name = "campaign_id")
  long campaignId;

  @Column(name = "engagement_id")
  Long engagementId;

  String stage;

  @Column(name = "stage_name")
  String stageName;

  @Column(name = "held_by")
  String heldBy;

  @Column(name = "started_at")
  OffsetDateTime startedAt;

  @Column(name = "ended_at")
  OffsetDateTime endedAt;

  @Column(name = "duration_ms")
  long durationMs;

  static StageVisitRow of(long campaignId, StageVisit visit) {
    StageVisitRow row = new StageVisitRow();
    row.campaignId = campaignId;
    row.engagementId = visit.engagementId();
    row.stage = visit.stage();
    row.stageName = visit.stageName();
    row.heldBy = visit.heldBy();
    row.startedAt = visit.startedAt();
    row.endedAt = visit.endedAt();
    row.durationMs = visit.durationMillis();
    return row;
  }

  StageVisit visit() {
    return new StageVisit(stage, stageName, heldBy, engagementId, startedAt, endedAt);
  }
}
