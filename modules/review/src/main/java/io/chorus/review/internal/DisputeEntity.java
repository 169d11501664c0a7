package io.chorus.review.internal;

import io.chorus.review.DisputeView;
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
import java.util.Arrays;
import java.util.List;

/** A dispute over a failed verification. */
@Entity
@Table(name = "review_dispute")
public class DisputeEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_dispute_seq")
  @SequenceGenerator(
      name = "review_dispute_seq",
      sequenceName = "review_dispute_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "deliverable_id", nullable = false, updatable = false)
  long deliverableId;

  @Column(name = "engagement_id", nullable = false, updatable = false)
  long engagementId;

  @Column(name = "verification_id", nullable = false, updatable = false)
  long verificationId;

  /** Newline-separated. */
  @Column(nullable = false, updatable = false, length = 4000)
  String reasons;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  DisputeView.Status status;

  @Column(name = "opened_at", nullable = false, updatable = false)
  OffsetDateTime openedAt;

  @Column(name = "resolved_by", length = 64)
  String resolvedBy;

  @Column(name = "resolved_at")
  OffsetDateTime resolvedAt;

  @Column(length = 2000)
  String note;

  @Version long version;

  protected DisputeEntity() {}

  DisputeEntity(VerificationEntity verification, List<String> reasons, OffsetDateTime openedAt) {
    this.deliverableId = verification.deliverableId;
    this.engagementId = verification.engagementId;
    this.verificationId = verification.id;
    this.reasons = Texts.clip(String.join("\n", reasons), 4000);
    this.status = DisputeView.Status.OPEN;
    this.openedAt = openedAt;
  }

  DisputeView toView() {
    return new DisputeView(
        id,
        deliverableId,
        engagementId,
        verificationId,
        Arrays.asList(reasons.split("\n")),
        status,
        openedAt,
        resolvedBy,
        resolvedAt,
        note);
  }
}
