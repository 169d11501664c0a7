package io.chorus.review.internal;

import io.chorus.review.CheckResult;
import io.chorus.review.MetricsSnapshot;
import io.chorus.review.PostObservation;
import io.chorus.review.VerificationView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One verification or stays-live re-check: the observation (with its metrics snapshot), each check
 * and the result. Immutable apart from the dispute it opened.
 */
@Entity
@Table(name = "review_verification")
public class VerificationEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_verification_seq")
  @SequenceGenerator(
      name = "review_verification_seq",
      sequenceName = "review_verification_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "deliverable_id", nullable = false, updatable = false)
  long deliverableId;

  @Column(name = "engagement_id", nullable = false, updatable = false)
  long engagementId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  VerificationView.Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  VerificationView.Result result;

  @Column(name = "observed_account", updatable = false, length = 100)
  String observedAccount;

  @Column(name = "observed_caption", updatable = false, length = 10000)
  String observedCaption;

  @Column(name = "published_at", updatable = false)
  OffsetDateTime publishedAt;

  @Column(nullable = false, updatable = false)
  boolean live;

  @Column(name = "evidence_ref", updatable = false, length = 500)
  String evidenceRef;

  @Column(name = "observed_by", nullable = false, updatable = false, length = 64)
  String observedBy;

  @Column(nullable = false, updatable = false, length = 64)
  String source;

  @Column(updatable = false)
  Long views;

  @Column(updatable = false)
  Long likes;

  @Column(updatable = false)
  Long comments;

  @Column(updatable = false)
  Long shares;

  @Column(updatable = false)
  Long clicks;

  @Column(updatable = false)
  Long impressions;

  @Column(name = "checked_at", nullable = false, updatable = false)
  OffsetDateTime checkedAt;

  @Column(name = "dispute_id")
  Long disputeId;

  @ElementCollection
  @CollectionTable(
      name = "review_verification_check",
      joinColumns = @JoinColumn(name = "verification_id"))
  @OrderColumn(name = "position")
  List<VerificationCheckEmbeddable> checks = new ArrayList<>();

  protected VerificationEntity() {}

  VerificationEntity(
      DeliveryEntity delivery,
      VerificationView.Kind kind,
      VerificationView.Result result,
      PostObservation o,
      List<CheckResult> checks,
      OffsetDateTime checkedAt) {
    this.deliverableId = delivery.deliverableId;
    this.engagementId = delivery.engagementId;
    this.kind = kind;
    this.result = result;
    this.observedAccount = o.observedAccount();
    this.observedCaption = o.caption();
    this.publishedAt = o.publishedAt();
    this.live = o.live();
    this.evidenceRef = o.evidenceReference();
    this.observedBy = o.observedBy();
    this.source = o.source();
    MetricsSnapshot m = o.metrics();
    this.views = m.views();
    this.likes = m.likes();
    this.comments = m.comments();
    this.shares = m.shares();
    this.clicks = m.clicks();
    this.impressions = m.impressions();
    this.checkedAt = checkedAt;
    checks.forEach(c -> this.checks.add(new VerificationCheckEmbeddable(c)));
  }

  MetricsSnapshot metrics() {
    return new MetricsSnapshot(views, likes, comments, shares, clicks, impressions);
  }

  VerificationView toView() {
    return new VerificationView(
        id,
        deliverableId,
        engagementId,
        kind,
        result,
        checks.stream().map(VerificationCheckEmbeddable::toResult).toList(),
        new PostObservation(
            observedAccount,
            observedCaption,
            publishedAt,
            live,
            metrics(),
            evidenceRef,
            observedBy,
            source),
        checkedAt,
        disputeId);
  }
}
