package io.chorus.review.internal;

import io.chorus.review.DecisionOutcome;
import io.chorus.review.ReviewerRole;
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

/** A review decision. Immutable; unique per version and role. */
@Entity
@Table(name = "review_decision")
public class DecisionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_decision_seq")
  @SequenceGenerator(
      name = "review_decision_seq",
      sequenceName = "review_decision_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  long submissionId;

  @Column(name = "deliverable_id", nullable = false, updatable = false)
  long deliverableId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  DecisionOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "reviewer_role", nullable = false, updatable = false, length = 32)
  ReviewerRole role;

  @Column(nullable = false, updatable = false, length = 64)
  String reviewer;

  @Column(updatable = false, length = 4000)
  String comment;

  @Column(name = "decided_at", nullable = false, updatable = false)
  OffsetDateTime decidedAt;

  protected DecisionEntity() {}

  DecisionEntity(
      SubmissionEntity submission,
      DecisionOutcome outcome,
      ReviewerRole role,
      String reviewer,
      String comment,
      OffsetDateTime decidedAt) {
    this.submissionId = submission.id;
    this.deliverableId = submission.deliverableId;
    this.outcome = outcome;
    this.role = role;
    this.reviewer = reviewer;
    this.comment = comment;
    this.decidedAt = decidedAt;
  }
}
