package io.chorus.contracting.internal;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.CompensationModel;
import io.chorus.contracting.ContractStatus;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.IllegalContractStateException;
import io.chorus.contracting.UsageChannel;
import io.chorus.contracting.UsageRights;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract of one engagement. Status changes go through {@link #moveTo}. */
@Entity
@Table(name = "contracting_contract")
public class ContractEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contracting_contract_seq")
  @SequenceGenerator(
      name = "contracting_contract_seq",
      sequenceName = "contracting_contract_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "engagement_id", nullable = false, updatable = false)
  private long engagementId;

  @Column(name = "campaign_id", nullable = false, updatable = false)
  private long campaignId;

  @Column(name = "creator_id", nullable = false, updatable = false)
  private long creatorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ContractStatus status;

  @Column(name = "campaign_start", nullable = false)
  private LocalDate campaignStart;

  @Column(name = "campaign_end", nullable = false)
  private LocalDate campaignEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "compensation_model", nullable = false, length = 32)
  private CompensationModel compensationModel;

  @Column(name = "flat_fee", precision = 19, scale = 2)
  private BigDecimal flatFee;

  @Column(name = "pro_rata", nullable = false)
  private boolean proRata;

  @Column(name = "rate_per_deliverable", precision = 19, scale = 2)
  private BigDecimal ratePerDeliverable;

  @Column(name = "performance_base", precision = 19, scale = 2)
  private BigDecimal performanceBase;

  @Column(name = "bonus_per_1000", precision = 19, scale = 2)
  private BigDecimal bonusPer1000;

  @Column(name = "bonus_cap", precision = 19, scale = 2)
  private BigDecimal bonusCap;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "payment_terms_days", nullable = false)
  private int paymentTermsDays;

  /** Comma-separated {@link UsageChannel} names, so the contract stays one row. */
  @Column(name = "usage_channels", length = 200)
  private String usageChannels;

  @Column(name = "usage_duration_days", nullable = false)
  private int usageDurationDays;

  @Column(name = "usage_expires_on")
  private LocalDate usageExpiresOn;

  @Column(name = "kill_fee", precision = 19, scale = 2)
  private BigDecimal killFee;

  @Column(name = "includes_product", nullable = false)
  private boolean includesProduct;

  @Column(name = "signature_channel", length = 64)
  private String signatureChannel;

  @Column(name = "signature_request_ref", length = 500)
  private String signatureRequestRef;

  @Column(name = "signed_document_ref", length = 500)
  private String signedDocumentRef;

  @Column(name = "signed_at")
  private OffsetDateTime signedAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence ASC")
  private List<DeliverableEntity> deliverables = new ArrayList<>();

  protected ContractEntity() {}

  ContractEntity(
      long engagementId,
      long campaignId,
      long creatorId,
      LocalDate campaignStart,
      LocalDate campaignEnd,
      String by,
      OffsetDateTime at) {
    this.engagementId = engagementId;
    this.campaignId = campaignId;
    this.creatorId = creatorId;
    this.campaignStart = campaignStart;
    this.campaignEnd = campaignEnd;
    this.status = ContractStatus.DRAFT;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Replaces the terms; one deliverable row per contracted piece. */
  void applyTerms(ContractTerms terms) {
    Compensation c = terms.compensation();
    this.compensationModel = c.model();
    this.flatFee = c.flatFee();
    this.proRata = c.proRata();
    this.ratePerDeliverable = c.ratePerDeliverable();
    this.performanceBase = c.performanceBase();
    this.bonusPer1000 = c.bonusPer1000Engagements();
    this.bonusCap = c.bonusCap();
    this.currency = terms.currency();
    this.paymentTermsDays = terms.netDays();
    this.usageChannels =
        terms.usageRights().channels().stream()
            .map(Enum::name)
            .sorted()
            .collect(Collectors.joining(","));
    this.usageDurationDays = terms.usageRights().durationDays();
    this.killFee = terms.killFee();
    this.includesProduct = terms.includesProduct();

    deliverables.clear();
    int sequence = 0;
    for (DeliverableSpec spec : terms.deliverables()) {
      for (int i = 0; i < spec.count(); i++) {
        deliverables.add(
            new DeliverableEntity(
                this,
                ++sequence,
                spec.platform(),
                spec.format(),
                spec.dueDate(),
                spec.description()));
      }
    }
  }

  /** The terms as drafted, with identical deliverable rows folded back into lines. */
  ContractTerms terms() {
    List<DeliverableSpec> lines = new ArrayList<>();
    DeliverableEntity previous = null;
    int count = 0;
    for (DeliverableEntity d : deliverables) {
      if (previous != null && !d.sameLineAs(previous)) {
        lines.add(previous.spec(count));
        count = 0;
      }
      previous = d;
      count++;
    }
    if (previous != null) {
      lines.add(previous.spec(count));
    }
    return new ContractTerms(
        lines,
        compensation(),
        currency,
        paymentTermsDays,
        new UsageRights(channels(), usageDurationDays),
        killFee,
        includesProduct);
  }

  Compensation compensation() {
    return new Compensation(
        compensationModel,
        flatFee,
        proRata,
        ratePerDeliverable,
        performanceBase,
        bonusPer1000,
        bonusCap);
  }

  private Set<UsageChannel> channels() {
    if (usageChannels == null || usageChannels.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(usageChannels.split(","))
        .map(UsageChannel::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(UsageChannel.class)));
  }

  /**
   * Moves to {@code next} if the state machine allows it.
   *
   * @return the status it came from
   */
  ContractStatus moveTo(ContractStatus next, String by, OffsetDateTime at) {
    if (!status.canMoveTo(next)) {
      throw new IllegalContractStateException(
          "Contract " + id + " is " + status + " and cannot become " + next);
    }
    ContractStatus from = status;
    status = next;
    touch(by, at);
    return from;
  }

  void touch(String by, OffsetDateTime at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void sentForSignature(String channel, String requestReference) {
    this.signatureChannel = channel;
    this.signatureRequestRef = requestReference;
  }

  void signed(String documentReference, OffsetDateTime at) {
    this.signedDocumentRef = documentReference;
    this.signedAt = at;
    if (!channels().isEmpty() && usageDurationDays > 0) {
      this.usageExpiresOn = at.toLocalDate().plusDays(usageDurationDays);
    }
  }

  boolean wasSigned() {
    return signedAt != null;
  }

  Long id() {
    return id;
  }

  long engagementId() {
    return engagementId;
  }

  long campaignId() {
    return campaignId;
  }

  long creatorId() {
    return creatorId;
  }

  ContractStatus status() {
    return status;
  }

  LocalDate campaignStart() {
    return campaignStart;
  }

  LocalDate campaignEnd() {
    return campaignEnd;
  }

  String currency() {
    return currency;
  }

  int paymentTermsDays() {
    return paymentTermsDays;
  }

  BigDecimal killFee() {
    return killFee;
  }

  boolean includesProduct() {
    return includesProduct;
  }

  String signatureChannel() {
    return signatureChannel;
  }

  String signatureRequestRef() {
    return signatureRequestRef;
  }

  String signedDocumentRef() {
    return signedDocumentRef;
  }

  OffsetDateTime signedAt() {
    return signedAt;
  }

  LocalDate usageExpiresOn() {
    return usageExpiresOn;
  }

  String createdBy() {
    return createdBy;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  String updatedBy() {
    return updatedBy;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }

  List<DeliverableEntity> deliverables() {
    return deliverables;
  }
}
