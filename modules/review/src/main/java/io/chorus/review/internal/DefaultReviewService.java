package io.chorus.review.internal;

import io.chorus.review.BriefRules;
import io.chorus.review.CheckReport;
import io.chorus.review.CheckResult;
import io.chorus.review.ContentApproved;
import io.chorus.review.ContentChangesRequested;
import io.chorus.review.ContentChecked;
import io.chorus.review.ContentChecks;
import io.chorus.review.ContentRejected;
import io.chorus.review.ContentSubmitted;
import io.chorus.review.DecisionOutcome;
import io.chorus.review.DecisionView;
import io.chorus.review.IllegalReviewStateException;
import io.chorus.review.InvalidReviewInputException;
import io.chorus.review.NewSubmission;
import io.chorus.review.Platform;
import io.chorus.review.ReviewDecision;
import io.chorus.review.ReviewNotFoundException;
import io.chorus.review.ReviewService;
import io.chorus.review.ReviewState;
import io.chorus.review.ReviewStatus;
import io.chorus.review.ReviewerRole;
import io.chorus.review.SubmissionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** {@link ReviewService} on JPA. */
@ApplicationScoped
public class DefaultReviewService implements ReviewService {

  private static final Logger LOG = Logger.getLogger(DefaultReviewService.class.getName());

  @PersistenceContext(unitName = "review")
  EntityManager em;

  @Inject Event<Object> events;

  Clock clock = Clock.systemUTC();

  @Override
  @Transactional
  public SubmissionView submit(NewSubmission s) {
    List<SubmissionEntity> versions = versionEntities(s.deliverableId());
    if (!versions.isEmpty()) {
      SubmissionEntity latest = versions.get(versions.size() - 1);
      if (latest.engagementId != s.engagementId()) {
        throw new InvalidReviewInputException(
            "deliverableId", "Deliverable " + s.deliverableId() + " belongs to another engagement");
      }
      ReviewStatus status = status(decisions(latest.id));
      if (status == ReviewStatus.REJECTED || status == ReviewStatus.APPROVED) {
        throw new IllegalReviewStateException(
            "Version "
                + latest.versionNo
                + " of deliverable "
                + s.deliverableId()
                + " is "
                + status
                + "; no new version can be submitted");
      }
    }
    OffsetDateTime now = now();
    SubmissionEntity entity =
        new SubmissionEntity(
            s.engagementId(),
            s.deliverableId(),
            versions.size() + 1,
            s.caption(),
            s.mediaLinks(),
            s.submittedBy(),
            s.channel(),
            now);
    em.persist(entity);
    em.flush(); // the unique (deliverable, version) refuses a concurrent twin here
    LOG.info(
        () ->
            String.format(
                "Version %d of deliverable %d (engagement %d) submitted by %s via %s",
                entity.versionNo,
                s.deliverableId(),
                s.engagementId(),
                s.submittedBy(),
                s.channel()));
    events.fire(
        new ContentSubmitted(
            entity.id,
            entity.engagementId,
            entity.deliverableId,
            entity.versionNo,
            entity.channel,
            entity.submittedBy,
            now));
    return view(entity);
  }

  @Override
  @Transactional
  public CheckReport check(long submissionId, BriefRules rules, Platform platform) {
    SubmissionEntity submission = load(submissionId);
    List<CheckResult> results = ContentChecks.run(rules, platform, submission.caption);
    OffsetDateTime now = now();
    for (int i = 0; i < results.size(); i++) {
      em.persist(new CheckResultEntity(submissionId, now, i, results.get(i)));
    }
    em.flush();
    boolean passed = ContentChecks.allPassed(results);
    events.fire(
        new ContentChecked(
            submissionId,
            submission.engagementId,
            submission.deliverableId,
            submission.versionNo,
            passed,
            results.stream().filter(r -> !r.passed()).map(CheckResult::name).toList()));
    return new CheckReport(submissionId, results, passed);
  }

  @Override
  @Transactional
  public DecisionView decide(long submissionId, ReviewDecision d) {
    SubmissionEntity submission = load(submissionId);
    String comment = d.comment() == null ? null : d.comment().strip();
    if (d.outcome() == DecisionOutcome.REQUEST_CHANGES && (comment == null || comment.isEmpty())) {
      throw new InvalidReviewInputException("comment", "Say what should change");
    }
    if (d.outcome() == DecisionOutcome.REJECT && (comment == null || comment.isEmpty())) {
      throw new InvalidReviewInputException("comment", "Give the reason for the rejection");
    }
    List<SubmissionEntity> versions = versionEntities(submission.deliverableId);
    if (versions.get(versions.size() - 1).versionNo != submission.versionNo) {
      throw new IllegalReviewStateException(
          "Version " + submission.versionNo + " was superseded by a newer version");
    }
    List<DecisionEntity> earlier = decisions(submissionId);
    if (earlier.stream().anyMatch(e -> e.role == d.role())) {
      throw new IllegalReviewStateException(
          "Version " + submission.versionNo + " already has a " + d.role() + " decision");
    }
    if (status(earlier) == ReviewStatus.REJECTED) {
      throw new IllegalReviewStateException(
          "Version " + submission.versionNo + " was rejected; the review is over");
    }
    OffsetDateTime now = now();
    DecisionEntity decision =
        new DecisionEntity(submission, d.outcome(), d.role(), d.reviewer(), comment, now);
    em.persist(decision);
    em.flush(); // the unique (version, role) refuses a concurrent second decision
    LOG.info(
        () ->
            String.format(
                "Version %d of deliverable %d: %s by %s (%s)",
                submission.versionNo,
                submission.deliverableId,
                d.outcome(),
                d.reviewer(),
                d.role()));
    switch (d.outcome()) {
      case APPROVE ->
          events.fire(
              new ContentApproved(
                  submissionId,
                  submission.engagementId,
                  submission.deliverableId,
                  submission.versionNo,
                  d.role(),
                  d.reviewer(),
                  now));
      case REQUEST_CHANGES ->
          events.fire(
              new ContentChangesRequested(
                  submissionId,
                  submission.engagementId,
                  submission.deliverableId,
                  submission.versionNo,
                  state(submission.deliverableId).rounds(),
                  d.role(),
                  d.reviewer(),
                  comment,
                  now));
      case REJECT ->
          events.fire(
              new ContentRejected(
                  submissionId,
                  submission.engagementId,
                  submission.deliverableId,
                  submission.versionNo,
                  d.role(),
                  d.reviewer(),
                  comment,
                  now));
    }
    return decisionView(decision, submission.versionNo);
  }

  @Override
  public SubmissionView get(long submissionId) {
    return view(load(submissionId));
  }

  @Override
  public List<SubmissionView> versions(long deliverableId) {
    return versionEntities(deliverableId).stream().map(this::view).toList();
  }

  @Override
  public ReviewState state(long deliverableId) {
    List<SubmissionEntity> versions = versionEntities(deliverableId);
    if (versions.isEmpty()) {
      return new ReviewState(
          deliverableId, ReviewStatus.AWAITING_DRAFT, 0, null, 0, Set.of(), null);
    }
    SubmissionEntity latest = versions.get(versions.size() - 1);
    List<DecisionEntity> latestDecisions = decisions(latest.id);
    ReviewStatus status = status(latestDecisions);
    long rounds =
        em.createQuery(
                "select count(distinct d.submissionId) from DecisionEntity d"
                    + " where d.deliverableId = :deliverable and d.outcome = :changes",
                Long.class)
            .setParameter("deliverable", deliverableId)
            .setParameter("changes", DecisionOutcome.REQUEST_CHANGES)
            .getSingleResult();
    Set<ReviewerRole> approvedBy = EnumSet.noneOf(ReviewerRole.class);
    latestDecisions.stream()
        .filter(d -> d.outcome == DecisionOutcome.APPROVE)
        .forEach(d -> approvedBy.add(d.role));
    return new ReviewState(
        deliverableId,
        status,
        latest.versionNo,
        latest.id,
        (int) rounds,
        approvedBy,
        status == ReviewStatus.APPROVED ? latest.id : null);
  }

  @Override
  public Optional<SubmissionView> approvedVersion(long deliverableId) {
    ReviewState state = state(deliverableId);
    return state.approvedSubmissionId() == null
        ? Optional.empty()
        : Optional.of(get(state.approvedSubmissionId()));
  }

  /** A version's status from its decisions: a reject or change request outweighs approvals. */
  static ReviewStatus status(List<DecisionEntity> decisions) {
    if (decisions.stream().anyMatch(d -> d.outcome == DecisionOutcome.REJECT)) {
      return ReviewStatus.REJECTED;
    }
    if (decisions.stream().anyMatch(d -> d.outcome == DecisionOutcome.REQUEST_CHANGES)) {
      return ReviewStatus.CHANGES_REQUESTED;
    }
    if (decisions.stream().anyMatch(d -> d.outcome == DecisionOutcome.APPROVE)) {
      return ReviewStatus.APPROVED;
    }
    return ReviewStatus.IN_REVIEW;
  }

  private SubmissionView view(SubmissionEntity s) {
    List<CheckResult> checks = new ArrayList<>();
    em.createQuery(
            "select c from CheckResultEntity c where c.submissionId = :s and c.runAt ="
                + " (select max(c2.runAt) from CheckResultEntity c2 where c2.submissionId = :s)"
                + " order by c.position",
            CheckResultEntity.class)
        .setParameter("s", s.id)
        .getResultList()
        .forEach(c -> checks.add(c.toResult()));
    List<DecisionView> decisions =
        decisions(s.id).stream().map(d -> decisionView(d, s.versionNo)).toList();
    return new SubmissionView(
        s.id,
        s.engagementId,
        s.deliverableId,
        s.versionNo,
        s.caption,
        s.links(),
        s.submittedBy,
        s.channel,
        s.submittedAt,
        checks,
        decisions);
  }

  private static DecisionView decisionView(DecisionEntity d, int version) {
    return new DecisionView(
        d.id,
        d.submissionId,
        d.deliverableId,
        version,
        d.outcome,
        d.role,
        d.reviewer,
        d.comment,
        d.decidedAt);
  }

  private List<SubmissionEntity> versionEntities(long deliverableId) {
    return em.createQuery(
            "select s from SubmissionEntity s where s.deliverableId = :d order by s.versionNo",
            SubmissionEntity.class)
        .setParameter("d", deliverableId)
        .getResultList();
  }

  private List<DecisionEntity> decisions(long submissionId) {
    return em.createQuery(
            "select d from DecisionEntity d where d.submissionId = :s order by d.id",
            DecisionEntity.class)
        .setParameter("s", submissionId)
        .getResultList();
  }

  private SubmissionEntity load(long submissionId) {
    SubmissionEntity s = em.find(SubmissionEntity.class, submissionId);
    if (s == null) {
      throw new ReviewNotFoundException("No content submission with id " + submissionId);
    }
    return s;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
