package io.chorus.review.internal;

import io.chorus.review.CheckResult;
import io.chorus.review.DeliverableUndelivered;
import io.chorus.review.DeliverableVerified;
import io.chorus.review.DeliveryStatus;
import io.chorus.review.DeliveryVerificationService;
import io.chorus.review.DeliveryView;
import io.chorus.review.DisputeResolved;
import io.chorus.review.DisputeView;
import io.chorus.review.IllegalReviewStateException;
import io.chorus.review.InvalidReviewInputException;
import io.chorus.review.LivePostSubmission;
import io.chorus.review.LivePostSubmitted;
import io.chorus.review.PlatformGateway;
import io.chorus.review.PostLocator;
import io.chorus.review.PostObservation;
import io.chorus.review.ReviewNotFoundException;
import io.chorus.review.ReviewService;
import io.chorus.review.SubmissionView;
import io.chorus.review.VerificationCriteria;
import io.chorus.review.VerificationFailed;
import io.chorus.review.VerificationView;
import io.chorus.review.VerificationView.Kind;
import io.chorus.review.VerificationView.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** {@link DeliveryVerificationService} on JPA. */
@ApplicationScoped
public class DefaultDeliveryVerificationService implements DeliveryVerificationService {

  private static final Logger LOG =
      Logger.getLogger(DefaultDeliveryVerificationService.class.getName());

  @PersistenceContext(unitName = "review")
  EntityManager em;

  @Inject Event<Object> events;
  @Inject PlatformGateway platform;
  @Inject ReviewService reviews;

  Clock clock = Clock.systemUTC();

  @Override
  @Transactional
  public DeliveryView submitLivePost(LivePostSubmission s) {
    DeliveryEntity delivery =
        findDelivery(s.deliverableId())
            .orElseGet(
                () -> {
                  DeliveryEntity created = new DeliveryEntity(s.deliverableId(), s.engagementId());
                  em.persist(created);
                  return created;
                });
    if (delivery.engagementId != s.engagementId()) {
      throw new InvalidReviewInputException(
          "deliverableId", "Deliverable " + s.deliverableId() + " belongs to another engagement");
    }
    if (delivery.status == DeliveryStatus.VERIFIED
        || delivery.status == DeliveryStatus.UNDELIVERED) {
      throw new IllegalReviewStateException(
          "Deliverable " + s.deliverableId() + " is " + delivery.status + "; its URL is final");
    }
    OffsetDateTime now = now();
    delivery.liveUrl = s.url().strip();
    delivery.urlSubmittedBy = s.submittedBy();
    delivery.urlChannel = s.channel();
    delivery.urlSubmittedAt = now;
    if (delivery.status == DeliveryStatus.AWAITING_POST) {
      delivery.status = DeliveryStatus.POSTED;
    }
    em.flush();
    events.fire(
        new LivePostSubmitted(
            s.engagementId(),
            s.deliverableId(),
            delivery.liveUrl,
            s.channel(),
            s.submittedBy(),
            now));
    return delivery.toView();
  }

  @Override
  @Transactional
  public Optional<VerificationView> verifyAutomatically(
      long deliverableId, VerificationCriteria criteria) {
    DeliveryEntity delivery = loadDelivery(deliverableId);
    return platform
        .observe(locator(delivery, criteria.account().handle(), criteria))
        .map(observation -> verify(delivery, criteria, observation));
  }

  @Override
  @Transactional
  public VerificationView verifyWithEvidence(
      long deliverableId, VerificationCriteria criteria, PostObservation evidence) {
    return verify(loadDelivery(deliverableId), criteria, evidence);
  }

  private VerificationView verify(
      DeliveryEntity delivery, VerificationCriteria criteria, PostObservation seen) {
    if (delivery.status != DeliveryStatus.POSTED) {
      throw new IllegalReviewStateException(
          "Deliverable "
              + delivery.deliverableId
              + " is "
              + delivery.status
              + (delivery.status == DeliveryStatus.DISPUTED
                  ? "; resolve its dispute first"
                  : "; only a posted deliverable is verified"));
    }
    SubmissionView approved =
        reviews
            .approvedVersion(delivery.deliverableId)
            .orElseThrow(
                () ->
                    new IllegalReviewStateException(
                        "Deliverable " + delivery.deliverableId + " has no approved content"));
    List<CheckResult> checks =
        DeliveryChecks.verification(criteria, approved.caption(), delivery.liveUrl, seen);
    boolean passed = checks.stream().allMatch(CheckResult::passed);
    OffsetDateTime now = now();
    VerificationEntity verification =
        new VerificationEntity(
            delivery,
            Kind.VERIFICATION,
            passed ? Result.VERIFIED : Result.FAILED,
            seen,
            checks,
            now);
    em.persist(verification);
    em.flush();
    if (passed) {
      delivery.status = DeliveryStatus.VERIFIED;
      delivery.publishedAt = seen.publishedAt();
      delivery.verifiedAt = now;
      em.flush();
      LOG.info(
          () ->
              String.format(
                  "Deliverable %d (engagement %d) verified by %s",
                  delivery.deliverableId, delivery.engagementId, seen.observedBy()));
      events.fire(
          new DeliverableVerified(
              verification.id,
              delivery.engagementId,
              delivery.deliverableId,
              delivery.liveUrl,
              seen.publishedAt(),
              now,
              seen.metrics(),
              seen.observedBy()));
    } else {
      List<String> reasons = verification.toView().reasons();
      DisputeEntity dispute = new DisputeEntity(verification, reasons, now);
      em.persist(dispute);
      em.flush();
      verification.disputeId = dispute.id;
      delivery.status = DeliveryStatus.DISPUTED;
      em.flush();
      LOG.info(
          () ->
              String.format(
                  "Deliverable %d (engagement %d) failed verification; dispute %d opened: %s",
                  delivery.deliverableId, delivery.engagementId, dispute.id, reasons));
      events.fire(
          new VerificationFailed(
              verification.id,
              delivery.engagementId,
              delivery.deliverableId,
              dispute.id,
              reasons,
              now));
    }
    return verification.toView();
  }

  @Override
  @Transactional
  public Optional<VerificationView> recheckAutomatically(long deliverableId) {
    DeliveryEntity delivery = loadDelivery(deliverableId);
    return platform
        .observe(locator(delivery, null, null))
        .map(observation -> recheck(delivery, observation));
  }

  @Override
  @Transactional
  public VerificationView recheckWithEvidence(long deliverableId, PostObservation evidence) {
    return recheck(loadDelivery(deliverableId), evidence);
  }

  private VerificationView recheck(DeliveryEntity delivery, PostObservation seen) {
    if (delivery.status != DeliveryStatus.VERIFIED) {
      throw new IllegalReviewStateException(
          "Deliverable "
              + delivery.deliverableId
              + " is "
              + delivery.status
              + "; only a verified post is re-checked");
    }
    CheckResult live = DeliveryChecks.live(seen);
    OffsetDateTime now = now();
    VerificationEntity check =
        new VerificationEntity(
            delivery,
            Kind.STAYS_LIVE_CHECK,
            live.passed() ? Result.STILL_LIVE : Result.REMOVED,
            seen,
            List.of(live),
            now);
    em.persist(check);
    if (!live.passed()) {
      delivery.status = DeliveryStatus.UNDELIVERED;
      delivery.undeliveredReason = "Removed within the stays-live window";
      LOG.info(
          () ->
              String.format(
                  "Deliverable %d (engagement %d) removed within the stays-live window",
                  delivery.deliverableId, delivery.engagementId));
      events.fire(
          new DeliverableUndelivered(
              delivery.engagementId,
              delivery.deliverableId,
              DeliverableUndelivered.Reason.REMOVED,
              delivery.undeliveredReason,
              seen.observedBy(),
              now));
    }
    em.flush();
    return check.toView();
  }

  @Override
  @Transactional
  public DisputeView resolveDispute(
      long disputeId, DisputeView.Status outcome, String by, String note) {
    if (outcome == DisputeView.Status.OPEN) {
      throw new InvalidReviewInputException("outcome", "Resolve as FIXED or UNDELIVERED");
    }
    DisputeEntity dispute = em.find(DisputeEntity.class, disputeId);
    if (dispute == null) {
      throw new ReviewNotFoundException("No dispute with id " + disputeId);
    }
    if (dispute.status != DisputeView.Status.OPEN) {
      throw new IllegalReviewStateException(
          "Dispute " + disputeId + " was already resolved as " + dispute.status);
    }
    DeliveryEntity delivery = loadDelivery(dispute.deliverableId);
    OffsetDateTime now = now();
    dispute.status = outcome;
    dispute.resolvedBy = by;
    dispute.resolvedAt = now;
    dispute.note = note;
    if (outcome == DisputeView.Status.FIXED) {
      delivery.status = DeliveryStatus.POSTED; // to be verified again
    } else {
      delivery.status = DeliveryStatus.UNDELIVERED;
      delivery.undeliveredReason =
          note == null || note.isBlank() ? "Dispute ended undelivered" : note;
      events.fire(
          new DeliverableUndelivered(
              delivery.engagementId,
              delivery.deliverableId,
              DeliverableUndelivered.Reason.DISPUTE_UNDELIVERED,
              delivery.undeliveredReason,
              by,
              now));
    }
    em.flush();
    events.fire(
        new DisputeResolved(
            disputeId, dispute.engagementId, dispute.deliverableId, outcome, by, now));
    return dispute.toView();
  }

  @Override
  public DeliveryView delivery(long deliverableId) {
    return loadDelivery(deliverableId).toView();
  }

  @Override
  public List<VerificationView> verifications(long deliverableId) {
    return em
        .createQuery(
            "select v from VerificationEntity v where v.deliverableId = :d order by v.id",
            VerificationEntity.class)
        .setParameter("d", deliverableId)
        .getResultList()
        .stream()
        .map(VerificationEntity::toView)
        .toList();
  }

  @Override
  public Optional<DisputeView> openDispute(long deliverableId) {
    return em.createQuery(
            "select d from DisputeEntity d where d.deliverableId = :d and d.status = :open",
            DisputeEntity.class)
        .setParameter("d", deliverableId)
        .setParameter("open", DisputeView.Status.OPEN)
        .getResultStream()
        .findFirst()
        .map(DisputeEntity::toView);
  }

  private PostLocator locator(DeliveryEntity d, String handle, VerificationCriteria criteria) {
    return new PostLocator(
        d.deliverableId,
        d.engagementId,
        criteria == null ? null : criteria.account().platform(),
        d.liveUrl,
        handle);
  }

  private Optional<DeliveryEntity> findDelivery(long deliverableId) {
    return em.createQuery(
            "select d from DeliveryEntity d where d.deliverableId = :d", DeliveryEntity.class)
        .setParameter("d", deliverableId)
        .getResultStream()
        .findFirst();
  }

  private DeliveryEntity loadDelivery(long deliverableId) {
    return findDelivery(deliverableId)
        .orElseThrow(
            () ->
                new ReviewNotFoundException(
                    "No live post recorded for deliverable " + deliverableId));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
