package io.chorus.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A submission link: the hash of its token, its engagement, its expiry. */
@Entity
@Table(name = "review_submission_link")
public class SubmissionLinkEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_submission_link_seq")
  @SequenceGenerator(
      name = "review_submission_link_seq",
      sequenceName = "review_submission_link_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "engagement_id", nullable = false, updatable = false)
  long engagementId;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  String tokenHash;

  @Column(name = "issued_by", nullable = false, updatable = false, length = 64)
  String issuedBy;

  @Column(name = "issued_at", nullable = false, updatable = false)
  OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  OffsetDateTime expiresAt;

  @Column(name = "revoked_by", length = 64)
  String revokedBy;

  @Column(name = "revoked_at")
  OffsetDateTime revokedAt;

  @Version long version;

  protected SubmissionLinkEntity() {}

  SubmissionLinkEntity(
      long engagementId,
      String tokenHash,
      String issuedBy,
      OffsetDateTime issuedAt,
      OffsetDateTime expiresAt) {
    this.engagementId = engagementId;
    this.tokenHash = tokenHash;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }
}
