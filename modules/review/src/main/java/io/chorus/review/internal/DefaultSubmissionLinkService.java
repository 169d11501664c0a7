package io.chorus.review.internal;

import io.chorus.review.InvalidReviewInputException;
import io.chorus.review.InvalidSubmissionLinkException;
import io.chorus.review.InvalidSubmissionLinkException.Reason;
import io.chorus.review.IssuedLink;
import io.chorus.review.SubmissionLinkService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/** {@link SubmissionLinkService} on JPA. */
@ApplicationScoped
public class DefaultSubmissionLinkService implements SubmissionLinkService {

  private static final Logger LOG = Logger.getLogger(DefaultSubmissionLinkService.class.getName());

  @PersistenceContext(unitName = "review")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  @Override
  @Transactional
  public IssuedLink issue(long engagementId, Duration validFor, String by) {
    if (validFor.compareTo(Duration.ofHours(1)) < 0 || validFor.compareTo(MAX_VALIDITY) > 0) {
      throw new InvalidReviewInputException(
          "validFor", "must be between 1 hour and " + MAX_VALIDITY.toDays() + " days");
    }
    String token = LinkTokens.newToken();
    OffsetDateTime now = now();
    SubmissionLinkEntity link =
        new SubmissionLinkEntity(engagementId, LinkTokens.hash(token), by, now, now.plus(validFor));
    em.persist(link);
    em.flush();
    LOG.info(
        () ->
            String.format(
                "Submission link %d for engagement %d issued by %s, valid until %s",
                link.id, engagementId, by, link.expiresAt));
    return new IssuedLink(link.id, engagementId, token, link.expiresAt);
  }

  @Override
  public long validate(String token) {
    if (!LinkTokens.wellFormed(token)) {
      throw new InvalidSubmissionLinkException(Reason.UNKNOWN);
    }
    List<SubmissionLinkEntity> found =
        em.createQuery(
                "select l from SubmissionLinkEntity l where l.tokenHash = :hash",
                SubmissionLinkEntity.class)
            .setParameter("hash", LinkTokens.hash(token))
            .getResultList();
    if (found.isEmpty()) {
      throw new InvalidSubmissionLinkException(Reason.UNKNOWN);
    }
    SubmissionLinkEntity link = found.get(0);
    if (link.revokedAt != null) {
      throw new InvalidSubmissionLinkException(Reason.REVOKED);
    }
    if (LinkTokens.expired(link.expiresAt, now())) {
      throw new InvalidSubmissionLinkException(Reason.EXPIRED);
    }
    return link.engagementId;
  }

  @Override
  public void validateFor(String token, long engagementId) {
    if (validate(token) != engagementId) {
      throw new InvalidSubmissionLinkException(Reason.OTHER_ENGAGEMENT);
    }
  }

  @Override
  @Transactional
  public int revokeAll(long engagementId, String by) {
    OffsetDateTime now = now();
    List<SubmissionLinkEntity> live =
        em.createQuery(
                "select l from SubmissionLinkEntity l where l.engagementId = :e"
                    + " and l.revokedAt is null and l.expiresAt > :now",
                SubmissionLinkEntity.class)
            .setParameter("e", engagementId)
            .setParameter("now", now)
            .getResultList();
    live.forEach(
        l -> {
          l.revokedAt = now;
          l.revokedBy = by;
        });
    em.flush();
    return live.size();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
