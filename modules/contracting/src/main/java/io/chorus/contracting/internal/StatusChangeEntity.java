package io.chorus.contracting.internal;

import io.chorus.contracting.ContractStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An append-only record of one status change: who, when, from, to, why. */
@Entity
@Table(name = "contracting_status_change")
public class StatusChangeEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contracting_status_change_seq")
  @SequenceGenerator(
      name = "contracting_status_change_seq",
      sequenceName = "contracting_status_change_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 32)
  private ContractStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 32)
  private ContractStatus toStatus;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  @Column(updatable = false, length = 2000)
  private String note;

  protected StatusChangeEntity() {}

  StatusChangeEntity(
      long contractId,
      ContractStatus from,
      ContractStatus to,
      String by,
      OffsetDateTime at,
      String note) {
    this.contractId = contractId;
    this.fromStatus = from;
    this.toStatus = to;
    this.changedBy = by;
    this.changedAt = at;
    this.note = note;
  }

  ContractStatus fromStatus() {
    return fromStatus;
  }

  ContractStatus toStatus() {
    return toStatus;
  }

  String changedBy() {
    return changedBy;
  }

  OffsetDateTime changedAt() {
    return changedAt;
  }

  String note() {
    return note;
  }
}
