package io.chorus.contracting.internal;

import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.DeliverableStatus;
import io.chorus.contracting.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One contracted piece of content and its outcome. */
@Entity
@Table(name = "contracting_deliverable")
public class DeliverableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contracting_deliverable_seq")
  @SequenceGenerator(
      name = "contracting_deliverable_seq",
      sequenceName = "contracting_deliverable_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false, updatable = false)
  private ContractEntity contract;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Platform platform;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DeliverableFormat format;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(length = 500)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DeliverableStatus status;

  @Column(name = "resolved_on")
  private LocalDate resolvedOn;

  @Column(name = "verified_engagements", nullable = false)
  private long verifiedEngagements;

  @Column(name = "resolution_reason", length = 2000)
  private String resolutionReason;

  @Column(name = "resolved_by", length = 64)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Version private long version;

  protected DeliverableEntity() {}

  DeliverableEntity(
      ContractEntity contract,
      int sequence,
      Platform platform,
      DeliverableFormat format,
      LocalDate dueDate,
      String description) {
    this.contract = contract;
    this.sequence = sequence;
    this.platform = platform;
    this.format = format;
    this.dueDate = dueDate;
    this.description = description;
    this.status = DeliverableStatus.PENDING;
  }

  void resolve(
      DeliverableStatus status,
      LocalDate on,
      long engagements,
      String reason,
      String by,
      OffsetDateTime at) {
    this.status = status;
    this.resolvedOn = on;
    this.verifiedEngagements = status == DeliverableStatus.VERIFIED ? engagements : 0;
    this.resolutionReason = reason;
    this.resolvedBy = by;
    this.resolvedAt = at;
  }

  boolean sameLineAs(DeliverableEntity other) {
    return platform == other.platform
        && format == other.format
        && dueDate.equals(other.dueDate)
        && Objects.equals(description, other.description);
  }

  DeliverableSpec spec(int count) {
    return new DeliverableSpec(platform, format, count, dueDate, description);
  }

  Long id() {
    return id;
  }

  ContractEntity contract() {
    return contract;
  }

  int sequence() {
    return sequence;
  }

  Platform platform() {
    return platform;
  }

  DeliverableFormat format() {
    return format;
  }

  LocalDate dueDate() {
    return dueDate;
  }

  String description() {
    return description;
  }

  DeliverableStatus status() {
    return status;
  }

  LocalDate resolvedOn() {
    return resolvedOn;
  }

  long verifiedEngagements() {
    return verifiedEngagements;
  }

  String resolutionReason() {
    return resolutionReason;
  }

  String resolvedBy() {
    return resolvedBy;
  }

  OffsetDateTime resolvedAt() {
    return resolvedAt;
  }
}
