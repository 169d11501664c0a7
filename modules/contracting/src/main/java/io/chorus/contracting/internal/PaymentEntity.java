package io.chorus.contracting.internal;

import io.chorus.contracting.PaymentLine;
import io.chorus.contracting.PaymentRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment ledger entry. Its idempotency key is unique in the database. Apart from the gateway's
 * reference, set in the transaction that creates it, an entry never changes.
 */
@Entity
@Table(name = "contracting_payment")
public class PaymentEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contracting_payment_seq")
  @SequenceGenerator(
      name = "contracting_payment_seq",
      sequenceName = "contracting_payment_seq",
      allocationSize = 50)
  private Long id;

  @Column(
      name = "idempotency_key",
      nullable = false,
      updatable = false,
      unique = true,
      length = 120)
  private String idempotencyKey;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private long contractId;

  @Column(name = "engagement_id", nullable = false, updatable = false)
  private long engagementId;

  @Column(name = "campaign_id", nullable = false, updatable = false)
  private long campaignId;

  @Column(name = "creator_id", nullable = false, updatable = false)
  private long creatorId;

  @Column(nullable = false, updatable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "due_date", updatable = false)
  private LocalDate dueDate;

  @Column(name = "approved_by", nullable = false, updatable = false, length = 64)
  private String approvedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(length = 64)
  private String gateway;

  @Column(name = "gateway_reference", length = 500)
  private String gatewayReference;

  @Version private long version;

  @ElementCollection
  @CollectionTable(
      name = "contracting_payment_line",
      joinColumns = @JoinColumn(name = "payment_id"))
  @OrderColumn(name = "line_no")
  private List<PaymentLineEmbeddable> lines = new ArrayList<>();

  protected PaymentEntity() {}

  PaymentEntity(
      String idempotencyKey,
      ContractEntity contract,
      BigDecimal amount,
      LocalDate dueDate,
      String approvedBy,
      OffsetDateTime recordedAt,
      List<PaymentLine> lines) {
    this.idempotencyKey = idempotencyKey;
    this.contractId = contract.id();
    this.engagementId = contract.engagementId();
    this.campaignId = contract.campaignId();
    this.creatorId = contract.creatorId();
    this.amount = amount;
    this.currency = contract.currency();
    this.dueDate = dueDate;
    this.approvedBy = approvedBy;
    this.recordedAt = recordedAt;
    lines.forEach(l -> this.lines.add(new PaymentLineEmbeddable(l)));
  }

  void paidThrough(String gateway, String reference) {
    this.gateway = gateway;
    this.gatewayReference = reference;
  }

  Long id() {
    return id;
  }

  String idempotencyKey() {
    return idempotencyKey;
  }

  BigDecimal amount() {
    return amount;
  }

  List<PaymentLine> lines() {
    return lines.stream().map(PaymentLineEmbeddable::toLine).toList();
  }

  PaymentRecord toRecord() {
    return new PaymentRecord(
        id,
        idempotencyKey,
        contractId,
        engagementId,
        campaignId,
        creatorId,
        amount,
        currency,
        dueDate,
        approvedBy,
        recordedAt,
        gateway,
        gatewayReference);
  }
}
