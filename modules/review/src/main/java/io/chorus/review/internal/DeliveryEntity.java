package io.chorus.review.internal;

import io.chorus.review.DeliveryStatus;
import io.chorus.review.DeliveryView;
import io.chorus.review.SubmissionChannel;
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

/** A deliverable's publication: the live URL and where verification stands. */
@Entity
@Table(name = "review_delivery")
public class DeliveryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_delivery_seq")
  @SequenceGenerator(
      name = "review_delivery_seq",
      sequenceName = "review_delivery_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "deliverable_id", nullable = false, updatable = false)
  long deliverableId;

  @Column(name = "engagement_id", nullable = false, updatable = false)
  long engagementId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  DeliveryStatus status;

  @Column(name = "live_url", length = 2000)
  String liveUrl;

  @Column(name = "url_submitted_by", length = 64)
  String urlSubmittedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "url_channel", length = 32)
  SubmissionChannel urlChannel;

  @Column(name = "url_submitted_at")
  OffsetDateTime urlSubmittedAt;

  @Column(name = "published_at")
  OffsetDateTime publishedAt;

  @Column(name = "verified_at")
  OffsetDateTime verifiedAt;

  @Column(name = "undelivered_reason", length = 2000)
  String undeliveredReason;

  @Version long version;

  protected DeliveryEntity() {}

  DeliveryEntity(long deliverableId, long engagementId) {
    this.deliverableId = deliverableId;
    this.engagementId = engagementId;
    this.status = DeliveryStatus.AWAITING_POST;
  }

  DeliveryView toView() {
    return new DeliveryView(
        deliverableId,
        engagementId,
        status,
        liveUrl,
        urlSubmittedBy,
        urlChannel,
        urlSubmittedAt,
        publishedAt,
        verifiedAt,
        undeliveredReason,
        version);
  }
}
