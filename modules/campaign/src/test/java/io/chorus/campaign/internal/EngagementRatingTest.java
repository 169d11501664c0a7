package io.chorus.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignException.Reason;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.EngagementOutcome;
import io.chorus.campaign.EngagementStage;
import io.chorus.campaign.EngagementView;
import io.chorus.reporting.ReportingFeed;
import io.chorus.roster.Outcome;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.RelationshipEntry;
import io.chorus.roster.RosterService;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rating a creator's work on an ended engagement, with the other modules as fakes that behave like
 * their public contracts: the roster replaces the entry of the same campaign reference, reporting
 * keeps the last rating per engagement.
 */
class EngagementRatingTest {

  static final long CAMPAIGN = 7;
  static final long CREATOR = 700;
  static final long ENDED = 70;
  static final long RUNNING = 71;
  static final long NO_HISTORY = 72;

  final Map<Long, EngagementView> engagements = new HashMap<>();
  final List<RelationshipEntry> history = new ArrayList<>();
  final List<OutcomeDraft> recorded = new ArrayList<>();
  final Map<Long, Integer> reported = new HashMap<>();
  DefaultEngagementService service;

  @BeforeEach
  void setUp() {
    engagements.put(ENDED, engagement(ENDED, CREATOR, EngagementOutcome.DELIVERED_ON_TIME));
    engagements.put(RUNNING, engagement(RUNNING, CREATOR, null));
    engagements.put(NO_HISTORY, engagement(NO_HISTORY, 701, EngagementOutcome.DECLINED));
    history.add(
        new RelationshipEntry(
            1,
            "C-" + CAMPAIGN,
            "Glow Serum Launch",
            Outcome.DELIVERED_ON_TIME,
            new BigDecimal("500.00"),
            "EUR",
            null,
            "2 of 2 deliverables verified",
            OffsetDateTime.now(ZoneOffset.UTC)));
    history.add(
        new RelationshipEntry(
            2, "C-3", "Older campaign", Outcome.DELIVERED_LATE, null, null, 2, "Late", null));

    service = new DefaultEngagementService();
    service.campaigns = fake(CampaignService.class, this::campaigns);
    service.roster = fake(RosterService.class, this::roster);
    service.reporting = fake(ReportingFeed.class, this::reporting);
  }

  @Test
  void aRatingReachesTheRelationshipEntryAndReportingKeepingOutcomeAndRatePaid() {
    RelationshipEntry entry = service.rate(ENDED, 4, "  Great reels, on brief. ", "maya");

    assertThat(recorded)
        .singleElement()
        .isEqualTo(
            new OutcomeDraft(
                "C-7",
                "Glow Serum Launch",
                Outcome.DELIVERED_ON_TIME,
                new BigDecimal("500.00"),
                "EUR",
                4,
                "Great reels, on brief."));
    assertThat(entry.rating()).isEqualTo(4);
    assertThat(entry.comment()).isEqualTo("Great reels, on brief.");
    assertThat(entry.outcome()).isEqualTo(Outcome.DELIVERED_ON_TIME);
    assertThat(entry.ratePaid()).isEqualByComparingTo("500.00");
    assertThat(reported).containsExactlyEntriesOf(Map.of(ENDED, 4));
    assertThat(history).extracting(RelationshipEntry::campaignRef).containsOnlyOnce("C-7");
    assertThat(history)
        .filteredOn(e -> e.campaignRef().equals("C-3"))
        .singleElement()
        .extracting(RelationshipEntry::rating)
        .isEqualTo(2);
  }

  @Test
  void ratingAgainReplacesTheRatingAndABlankCommentKeepsTheOneGiven() {
    service.rate(ENDED, 4, "Great reels.", "maya");
    RelationshipEntry entry = service.rate(ENDED, 2, "  ", "olivia");

    assertThat(entry.rating()).isEqualTo(2);
    assertThat(entry.comment()).isEqualTo("Great reels.");
    assertThat(reported).containsExactlyEntriesOf(Map.of(ENDED, 2));
    // Without any comment, the end step's note stays.
    history.replaceAll(
        e ->
            e.campaignRef().equals("C-7")
                ? new RelationshipEntry(
                    e.id(),
                    e.campaignRef(),
                    e.campaignName(),
                    e.outcome(),
                    e.ratePaid(),
                    e.currency(),
                    null,
                    "1 of 2 deliverables verified",
                    e.recordedAt())
                : e);
    assertThat(service.rate(ENDED, 3, null, "maya").comment())
        .isEqualTo("1 of 2 deliverables verified");
  }

  @Test
  void anEngagementThatHasNotEndedCannotBeRated() {
    assertThatThrownBy(() -> service.rate(RUNNING, 4, "Too early", "maya"))
        .isInstanceOfSatisfying(
            CampaignException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE))
        .hasMessage(
            "Engagement 71 has not ended yet (stage CONTENT): rate the creator's work once it has"
                + " ended.");
    assertNothingWritten();
  }

  @Test
  void aRatingOutsideOneToFiveOrAnOverlongCommentIsRefusedWithItsField() {
    for (int rating : new int[] {0, 6, 9, -1}) {
      assertThatThrownBy(() -> service.rate(ENDED, rating, null, "maya"))
          .isInstanceOfSatisfying(
              CampaignException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.INVALID);
                assertThat(e.field()).isEqualTo("rating");
              })
          .hasMessage("Rate from 1 to 5.");
    }
    assertThatThrownBy(() -> service.rate(ENDED, 5, "x".repeat(2001), "maya"))
        .isInstanceOfSatisfying(
            CampaignException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID);
              assertThat(e.field()).isEqualTo("comment");
            });
    assertNothingWritten();
    assertThat(service.rate(ENDED, 1, "y".repeat(2000), "maya").rating()).isEqualTo(1);
    assertThat(service.rate(ENDED, 5, null, "maya").rating()).isEqualTo(5);
  }

  @Test
  void anUnknownEngagementIsNotFoundAndOneWithoutHistoryIsAConflict() {
    assertThatThrownBy(() -> service.rate(404, 3, null, "maya"))
        .isInstanceOfSatisfying(
            CampaignException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    assertThatThrownBy(() -> service.rate(NO_HISTORY, 3, null, "maya"))
        .isInstanceOfSatisfying(
            CampaignException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_STATE))
        .hasMessage("Creator 701 has no history entry for campaign 7 to rate.");
    assertNothingWritten();
  }

  private void assertNothingWritten() {
    assertThat(recorded).isEmpty();
    assertThat(reported).isEmpty();
  }

  // ---- the fakes

  private Object campaigns(String method, Object[] args) {
    if (method.equals("engagement")) {
      EngagementView view = engagements.get((Long) args[0]);
      if (view == null) {
        throw new CampaignException(Reason.NOT_FOUND, null, "No engagement " + args[0]);
      }
      return view;
    }
    throw new UnsupportedOperationException(method);
  }

  private Object roster(String method, Object[] args) {
    switch (method) {
      case "relationships":
        return ((Long) args[0]) == CREATOR ? List.copyOf(history) : List.of();
      case "recordOutcome":
        assertThat(args[0]).isEqualTo(CREATOR);
        OutcomeDraft draft = (OutcomeDraft) args[1];
        recorded.add(draft);
        RelationshipEntry entry =
            new RelationshipEntry(
                1,
                draft.campaignRef(),
                draft.campaignName(),
                draft.outcome(),
                draft.ratePaid(),
                draft.currency(),
                draft.rating(),
                draft.comment(),
                OffsetDateTime.now(ZoneOffset.UTC));
        history.removeIf(e -> e.campaignRef().equals(draft.campaignRef()));
        history.add(entry);
        return entry;
      default:
        throw new UnsupportedOperationException(method);
    }
  }

  private Object reporting(String method, Object[] args) {
    if (method.equals("rated")) {
      reported.put((Long) args[0], (Integer) args[1]);
      return null;
    }
    throw new UnsupportedOperationException(method);
  }

  private static EngagementView engagement(long id, long creator, EngagementOutcome outcome) {
    return new EngagementView(
        id,
        CAMPAIGN,
        creator,
        "Lena Park",
        "INFLUENCER",
        "MICRO",
        false,
        outcome == null ? EngagementStage.CONTENT : EngagementStage.CLOSED,
        OffsetDateTime.now(ZoneOffset.UTC),
        outcome,
        "pi-" + id,
        null);
  }

  interface Behaviour {
    Object answer(String method, Object[] args);
  }

  private static <T> T fake(Class<T> type, Behaviour behaviour) {
    return type.cast(
        Proxy.newProxyInstance(
            EngagementRatingTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> behaviour.answer(method.getName(), args)));
  }
}
