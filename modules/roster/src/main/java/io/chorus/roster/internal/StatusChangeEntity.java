package io.chorus.roster.internal;

import io.chorus.roster.CreatorStatus;
import io.chorus.roster.StatusChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One vetting decision, append-only: never changed once written, so it has no version. */
@Entity
@Table(name = "roster_status_change")
public class StatusChangeEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Creator.SEQUENCE)
  private Long id;

  @Column(name = "creator_id", nullable = false)
  private long creatorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 16)
  private CreatorStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 16)
  private CreatorStatus toStatus;

  @Column(name = "reason", nullable = false, length = 1000)
  private String reason;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected StatusChangeEntity() {}

  StatusChangeEntity(
      long creatorId, CreatorStatus from, CreatorStatus to, String reason, String changedBy) {
    this.creatorId = creatorId;
    this.fromStatus = from;
    this.toStatus = to;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  StatusChange toView() {
    return new StatusChange(fromStatus, toStatus, reason, changedBy, changedAt);
  }
}
