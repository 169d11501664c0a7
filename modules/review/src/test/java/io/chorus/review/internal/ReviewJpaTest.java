package io.chorus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.review.BriefRules;
import io.chorus.review.CheckReport;
import io.chorus.review.ContentApproved;
import io.chorus.review.ContentChangesRequested;
import io.chorus.review.ContractedAccount;
import io.chorus.review.DecisionOutcome;
import io.chorus.review.DeliverableUndelivered;
import io.chorus.review.DeliverableVerified;
import io.chorus.review.DeliveryStatus;
import io.chorus.review.DisputeView;
import io.chorus.review.IllegalReviewStateException;
import io.chorus.review.InvalidReviewInputException;
import io.chorus.review.InvalidSubmissionLinkException;
import io.chorus.review.IssuedLink;
import io.chorus.review.Jurisdiction;
import io.chorus.review.LivePostSubmission;
import io.chorus.review.MetricsSnapshot;
import io.chorus.review.NewSubmission;
import io.chorus.review.Platform;
import io.chorus.review.PlatformGateway;
import io.chorus.review.PostObservation;
import io.chorus.review.ReviewDecision;
import io.chorus.review.ReviewState;
import io.chorus.review.ReviewStatus;
import io.chorus.review.ReviewerRole;
import io.chorus.review.SubmissionChannel;
import io.chorus.review.SubmissionView;
import io.chorus.review.VerificationCriteria;
import io.chorus.review.VerificationFailed;
import io.chorus.review.VerificationView;
import io.chorus.testsupport.RecordingEvents;
import io.chorus.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review, links and verification on EclipseLink and H2 with the real changelog. */
class ReviewJpaTest {

  static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
  static final String GOOD = "#ad Morning routine with @lumiskin serum #GlowUp";
  static final BriefRules RULES =
      new BriefRules(
          List.of("#glowup"), List.of("@lumiskin"), Jurisdiction.US_FTC, List.of("cures acne"));
  static final VerificationCriteria CRITERIA =
      new VerificationCriteria(
          new ContractedAccount(Platform.INSTAGRAM, "jo.glow", null),
          false,
          LocalDate.of(2025, 6, 10),
          LocalDate.of(2025, 6, 20),
          Jurisdiction.US_FTC);

  static TestDatabase db;
  RecordingEvents events;
  Clock clock;
  PlatformGateway gateway;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.create("review");
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void start() {
    events = new RecordingEvents();
    clock = Clock.fixed(NOW, ZoneOffset.UTC);
    gateway = new ManualPlatformGateway();
  }

  DefaultReviewService reviews(EntityManager em) {
    DefaultReviewService s = new DefaultReviewService();
    s.em = em;
    s.events = events;
    s.clock = clock;
    return s;
  }

  DefaultDeliveryVerificationService delivery(EntityManager em) {
    DefaultDeliveryVerificationService s = new DefaultDeliveryVerificationService();
    s.em = em;
    s.events = events;
    s.platform = gateway;
    s.reviews = reviews(em);
    s.clock = clock;
    return s;
  }

  DefaultSubmissionLinkService links(EntityManager em) {
    DefaultSubmissionLinkService s = new DefaultSubmissionLinkService();
    s.em = em;
    s.clock = clock;
    return s;
  }

  <T> T tx(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  SubmissionView submit(long engagement, long deliverable, String caption) {
    return tx(
        em ->
            reviews(em)
                .submit(
                    new NewSubmission(
                        engagement,
                        deliverable,
                        caption,
                        List.of("https://cdn.example/v.mp4"),
                        "olivia",
                        SubmissionChannel.STAFF)));
  }

  ReviewDecision decision(DecisionOutcome outcome, ReviewerRole role, String comment) {
    return new ReviewDecision(
        outcome, role, role == ReviewerRole.BRAND ? "olivia" : "max", comment);
  }

  PostObservation seen(boolean live, String caption) {
    return new PostObservation(
        "jo.glow",
        caption,
        OffsetDateTime.parse("2025-06-12T18:00:00Z"),
        live,
        new MetricsSnapshot(1200L, 300L, 40L, 10L, 5L, 4000L),
        null,
        "olivia",
        "manual");
  }

  /** Submits, approves and posts deliverable {@code d}. */
  void approvedAndPosted(long engagement, long d) {
    SubmissionView v = submit(engagement, d, GOOD);
    tx(
        em ->
            reviews(em)
                .decide(v.id(), decision(DecisionOutcome.APPROVE, ReviewerRole.BRAND, null)));
    tx(
        em ->
            delivery(em)
                .submitLivePost(
                    new LivePostSubmission(
                        engagement,
                        d,
                        "https://www.instagram.com/p/Cx1/",
                        "jo",
                        SubmissionChannel.SUBMISSION_LINK)));
  }

  @Test
  void versionsChecksDecisionsAndRoundsAreKept() {
    SubmissionView v1 = submit(1, 11, "Morning routine, cures acne!");
    CheckReport report = tx(em -> reviews(em).check(v1.id(), RULES, Platform.INSTAGRAM));
    assertThat(report.allPassed()).isFalse();

    tx(
        em ->
            reviews(em)
                .decide(
                    v1.id(),
                    decision(
                        DecisionOutcome.REQUEST_CHANGES,
                        ReviewerRole.BRAND,
                        "Add #ad and drop the claim")));
    SubmissionView v2 = submit(1, 11, GOOD);
    tx(em -> reviews(em).check(v2.id(), RULES, Platform.INSTAGRAM));
    tx(
        em ->
            reviews(em)
                .decide(v2.id(), decision(DecisionOutcome.APPROVE, ReviewerRole.BRAND, null)));
    tx(
        em ->
            reviews(em)
                .decide(v2.id(), decision(DecisionOutcome.APPROVE, ReviewerRole.COMPLIANCE, "ok")));

    ReviewState state = tx(em -> reviews(em).state(11));
    assertThat(state.status()).isEqualTo(ReviewStatus.APPROVED);
    assertThat(state.latestVersion()).isEqualTo(2);
    assertThat(state.rounds()).isEqualTo(1);
    assertThat(state.approvedBy())
        .containsExactlyInAnyOrder(ReviewerRole.BRAND, ReviewerRole.COMPLIANCE);
    assertThat(state.approvedSubmissionId()).isEqualTo(v2.id());

    List<SubmissionView> versions = tx(em -> reviews(em).versions(11));
    assertThat(versions).extracting(SubmissionView::version).containsExactly(1, 2);
    assertThat(versions.get(0).checks()).extracting(c -> c.passed()).contains(false);
    assertThat(versions.get(0).decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reviewer()).isEqualTo("olivia");
              assertThat(d.decidedAt().toInstant()).isEqualTo(NOW);
            });
    assertThat(versions.get(1).checks()).allMatch(c -> c.passed());
    assertThat(versions.get(1).mediaLinks()).containsExactly("https://cdn.example/v.mp4");
    assertThat(events.of(ContentChangesRequested.class))
        .singleElement()
        .extracting(ContentChangesRequested::rounds)
        .isEqualTo(1);
    assertThat(events.of(ContentApproved.class)).hasSize(2);
  }

  @Test
  void decisionRulesAreEnforced() {
    SubmissionView v1 = submit(2, 21, GOOD);

    assertThatThrownBy(
            () ->
                tx(
                    em ->
                        reviews(em)
                            .decide(
                                v1.id(),
                                decision(
                                    DecisionOutcome.REQUEST_CHANGES, ReviewerRole.BRAND, " "))))
        .isInstanceOf(InvalidReviewInputException.class)
        .hasMessage("Say what should change");
    assertThatThrownBy(
            () ->
                tx(
                    em ->
                        reviews(em)
                            .decide(
                                v1.id(),
                                decision(DecisionOutcome.REJECT, ReviewerRole.BRAND, null))))
        .isInstanceOf(InvalidReviewInputException.class);

    SubmissionView v2 = submit(2, 21, GOOD + " v2"); // supersedes the undecided v1
    assertThatThrownBy(
            () ->
                tx(
                    em ->
                        reviews(em)
                            .decide(
                                v1.id(),
                                decision(DecisionOutcome.APPROVE, ReviewerRole.BRAND, null))))
        .isInstanceOf(IllegalReviewStateException.class)
        .hasMessageContaining("superseded");

    tx(
        em ->
            reviews(em)
                .decide(v2.id(), decision(DecisionOutcome.APPROVE, ReviewerRole.BRAND, null)));
    assertThatThrownBy(
            () ->
                tx(
                    em ->
                        reviews(em)
                            .decide(
                                v2.id(),
                                decision(
                                    DecisionOutcome.REJECT,
                                    ReviewerRole.BRAND,
                                    "changed my mind"))))
        .isInstanceOf(IllegalReviewStateException.class)
        .hasMessageContaining("already has a BRAND decision");
    assertThatThrownBy(() -> submit(2, 21, "another"))
        .isInstanceOf(IllegalReviewStateException.class)
        .hasMessageContaining("APPROVED");
    assertThatThrownBy(() -> submit(99, 21, "wrong engagement"))
        .isInstanceOf(InvalidReviewInputException.class);
  }

  @Test
  void aRejectionEndsTheReview() {
    SubmissionView v1 = submit(3, 31, GOOD);
    tx(
        em ->
            reviews(em)
                .decide(
                    v1.id(),
                    decision(DecisionOutcome.REJECT, ReviewerRole.COMPLIANCE, "Medical claim")));

    assertThat(tx(em -> reviews(em).state(31)).status()).isEqualTo(ReviewStatus.REJECTED);
    assertThatThrownBy(() -> submit(3, 31, "retry"))
        .isInstanceOf(IllegalReviewStateException.class);
    Optional<SubmissionView> approved = tx(em -> reviews(em).approvedVersion(31));
    assertThat(approved).isEmpty();
  }

  @Test
  void theDatabaseAllowsOneDecisionPerRoleAndVersion() {
    SubmissionView v1 = submit(4, 41, GOOD);
    tx(
        em ->
            reviews(em)
                .decide(v1.id(), decision(DecisionOutcome.APPROVE, ReviewerRole.BRAND, null)));

    assertThatThrownBy(
            () ->
                tx(
                    em -> {
                      em.persist(
                          new DecisionEntity(
                              em.find(SubmissionEntity.class, v1.id()),
                              DecisionOutcome.REJECT,
                              ReviewerRole.BRAND,
                              "mallory",
                              "x",
                              OffsetDateTime.now()));
                      em.flush();
                      return null;
                    }))
        .isInstanceOf(jakarta.persistence.PersistenceException.class);
  }

  @Test
  void aVerifiedPostThatIsRemovedBecomesUndelivered() {
    approvedAndPosted(5, 51);

    VerificationView verified =
        tx(em -> delivery(em).verifyWithEvidence(51, CRITERIA, seen(true, GOOD)));
    assertThat(verified.result()).isEqualTo(VerificationView.Result.VERIFIED);
    assertThat(tx(em -> delivery(em).delivery(51)).status()).isEqualTo(DeliveryStatus.VERIFIED);
    DeliverableVerified event = events.of(DeliverableVerified.class).get(0);
    assertThat(event.metrics().engagements()).isEqualTo(350);

    VerificationView recheck = tx(em -> delivery(em).recheckWithEvidence(51, seen(false, null)));
    assertThat(recheck.result()).isEqualTo(VerificationView.Result.REMOVED);
    assertThat(tx(em -> delivery(em).delivery(51)).status()).isEqualTo(DeliveryStatus.UNDELIVERED);
    assertThat(events.of(DeliverableUndelivered.class))
        .singleElement()
        .extracting(DeliverableUndelivered::reason)
        .isEqualTo(DeliverableUndelivered.Reason.REMOVED);
    List<VerificationView> all = tx(em -> delivery(em).verifications(51));
    assertThat(all)
        .extracting(VerificationView::kind)
        .containsExactly(
            VerificationView.Kind.VERIFICATION, VerificationView.Kind.STAYS_LIVE_CHECK);
  }

  @Test
  void aFailedVerificationOpensADisputeThatCanBeFixed() {
    approvedAndPosted(6, 61);

    VerificationView failed =
        tx(
            em ->
                delivery(em)
                    .verifyWithEvidence(
                        61, CRITERIA, seen(true, "Morning routine with @lumiskin serum")));
    assertThat(failed.result()).isEqualTo(VerificationView.Result.FAILED);
    assertThat(failed.reasons()).contains("The caption differs from the approved version");
    DisputeView dispute = tx(em -> delivery(em).openDispute(61)).orElseThrow();
    assertThat(failed.disputeId()).isEqualTo(dispute.id());
    assertThat(events.of(VerificationFailed.class)).hasSize(1);
    assertThatThrownBy(
            () -> tx(em -> delivery(em).verifyWithEvidence(61, CRITERIA, seen(true, GOOD))))
        .isInstanceOf(IllegalReviewStateException.class)
        .hasMessageContaining("resolve its dispute first");

    tx(
        em ->
            delivery(em)
                .resolveDispute(
                    dispute.id(), DisputeView.Status.FIXED, "olivia", "Caption restored"));
    VerificationView again =
        tx(em -> delivery(em).verifyWithEvidence(61, CRITERIA, seen(true, GOOD)));
    assertThat(again.result()).isEqualTo(VerificationView.Result.VERIFIED);
    assertThatThrownBy(
            () ->
                tx(
                    em ->
                        delivery(em)
                            .resolveDispute(
                                dispute.id(), DisputeView.Status.UNDELIVERED, "max", null)))
        .isInstanceOf(IllegalReviewStateException.class);
  }

  @Test
  void aLostDisputeIsUndelivered() {
    approvedAndPosted(7, 71);
    tx(em -> delivery(em).verifyWithEvidence(71, CRITERIA, seen(true, "nothing like it")));
    long dispute = tx(em -> delivery(em).openDispute(71)).orElseThrow().id();

    tx(
        em ->
            delivery(em)
                .resolveDispute(dispute, DisputeView.Status.UNDELIVERED, "max", "Creator refused"));

    assertThat(tx(em -> delivery(em).delivery(71)).undeliveredReason())
        .isEqualTo("Creator refused");
    assertThat(events.of(DeliverableUndelivered.class))
        .singleElement()
        .extracting(DeliverableUndelivered::reason)
        .isEqualTo(DeliverableUndelivered.Reason.DISPUTE_UNDELIVERED);
  }

  @Test
  void theManualGatewayLeavesVerificationToStaffAndALocalOneVerifies() {
    approvedAndPosted(8, 81);
    Optional<VerificationView> none = tx(em -> delivery(em).verifyAutomatically(81, CRITERIA));
    assertThat(none).isEmpty();

    gateway = locator -> Optional.of(seen(true, GOOD));
    Optional<VerificationView> auto = tx(em -> delivery(em).verifyAutomatically(81, CRITERIA));
    assertThat(auto)
        .get()
        .extracting(VerificationView::result)
        .isEqualTo(VerificationView.Result.VERIFIED);
  }

  @Test
  void noVerificationWithoutApprovedContent() {
    submit(9, 91, GOOD); // in review, never approved
    tx(
        em ->
            delivery(em)
                .submitLivePost(
                    new LivePostSubmission(
                        9, 91, "https://instagram.com/p/1", "jo", SubmissionChannel.STAFF)));

    assertThatThrownBy(
            () -> tx(em -> delivery(em).verifyWithEvidence(91, CRITERIA, seen(true, GOOD))))
        .isInstanceOf(IllegalReviewStateException.class)
        .hasMessageContaining("no approved content");
  }

  @Test
  void aSubmissionLinkOpensOnlyItsEngagementUntilItExpiresOrIsRevoked() {
    IssuedLink link = tx(em -> links(em).issue(100, Duration.ofDays(7), "olivia"));

    long opened = tx(em -> links(em).validate(link.token()));
    assertThat(opened).isEqualTo(100L);
    tx(
        em -> {
          links(em).validateFor(link.token(), 100);
          return null;
        });
    assertThatThrownBy(
            () ->
                tx(
                    em -> {
                      links(em).validateFor(link.token(), 101);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            InvalidSubmissionLinkException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(InvalidSubmissionLinkException.Reason.OTHER_ENGAGEMENT));
    assertThatThrownBy(() -> tx(em -> links(em).validate(LinkTokens.newToken())))
        .isInstanceOfSatisfying(
            InvalidSubmissionLinkException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidSubmissionLinkException.Reason.UNKNOWN));

    clock = Clock.fixed(NOW.plus(Duration.ofDays(7)), ZoneOffset.UTC);
    assertThatThrownBy(() -> tx(em -> links(em).validate(link.token())))
        .isInstanceOfSatisfying(
            InvalidSubmissionLinkException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidSubmissionLinkException.Reason.EXPIRED));

    clock = Clock.fixed(NOW, ZoneOffset.UTC);
    IssuedLink second = tx(em -> links(em).issue(100, Duration.ofDays(1), "olivia"));
    int revoked = tx(em -> links(em).revokeAll(100, "max"));
    assertThat(revoked).isEqualTo(2);
    assertThatThrownBy(() -> tx(em -> links(em).validate(second.token())))
        .isInstanceOfSatisfying(
            InvalidSubmissionLinkException.class,
            e -> assertThat(e.reason()).isEqualTo(InvalidSubmissionLinkException.Reason.REVOKED));
    assertThatThrownBy(() -> tx(em -> links(em).issue(100, Duration.ofDays(91), "olivia")))
        .isInstanceOf(InvalidReviewInputException.class);
  }
}
