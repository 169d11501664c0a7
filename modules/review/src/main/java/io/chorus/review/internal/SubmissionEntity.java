package io.chorus.review.internal;

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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One content version. Immutable: a change is a new version. */
@Entity
@Table(name = "review_submission")
public class SubmissionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_submission_seq")
  @SequenceGenerator(
      name = "review_submission_seq",
      sequenceName = "review_submission_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "engagement_id", nullable = false, updatable = false)
  long engagementId;

  @Column(name = "deliverable_id", nullable = false, updatable = false)
  long deliverableId;

  @Column(name = "version_no", nullable = false, updatable = false)
  int versionNo;

  @Column(nullable = false, updatable = false, length = 10000)
  String caption;

  /** Newline-separated; links cannot contain whitespace. */
  @Column(name = "media_links", nullable = false, updatable = false, length = 20100)
  String mediaLinks;

  @Column(name = "submitted_by", nullable = false, updatable = false, length = 64)
  String submittedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  SubmissionChannel channel;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  OffsetDateTime submittedAt;

  protected SubmissionEntity() {}

  SubmissionEntity(
      long engagementId,
      long deliverableId,
      int versionNo,
      String caption,
      List<String> mediaLinks,
      String submittedBy,
      SubmissionChannel channel,
      OffsetDateTime submittedAt) {
    this.engagementId = engagementId;
    this.deliverableId = deliverableId;
    this.versionNo = versionNo;
    this.caption = caption;
    this.mediaLinks = String.join("\n", mediaLinks);
    this.submittedBy = submittedBy;
    this.channel = channel;
    this.submittedAt = submittedAt;
  }

  List<String> links() {
    return mediaLinks.isEmpty() ? List.of() : Arrays.asList(mediaLinks.split("\n"));
  }
}
