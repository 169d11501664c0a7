package io.chorus.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.roster.CreatorDetails;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.Outcome;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.Platform;
import io.chorus.roster.RelationshipEntry;
import io.chorus.roster.VettingSignal;
import io.chorus.roster.VettingSignal.Code;
import io.chorus.roster.VettingSignal.Severity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class VettingRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
  private final CreatorTest.CountingTierRule rule = new CreatorTest.CountingTierRule();

  @Test
  void aHealthyFreshInfluencerHasNoSignals() {
    CreatorDetails creator = influencer(50_000, 1_500L, 100L, TODAY.minusDays(10));
    assertThat(VettingRules.signals(creator, List.of(), rule, TODAY)).isEmpty();
  }

  @Test
  void figuresOlderThan90DaysAreStaleAndSaySo() {
    assertThat(codes(influencer(50_000, 1_500L, 100L, TODAY.minusDays(90)))).isEmpty();
    List<VettingSignal> signals =
        VettingRules.signals(
            influencer(50_000, 1_500L, 100L, TODAY.minusDays(91)), List.of(), rule, TODAY);
    assertThat(signals).extracting(VettingSignal::code).containsExactly(Code.STALE_FIGURES);
    assertThat(signals.get(0).message()).contains("91 days ago").contains("INSTAGRAM @someone");
  }

  @Test
  void engagementFarOutsideTheTierNormIsFlaggedBothWays() {
    // MICRO norm is 1%–10%.
    assertThat(codes(influencer(50_000, 300L, 10L, TODAY)))
        .containsExactly(Code.ENGAGEMENT_TOO_LOW);
    assertThat(codes(influencer(50_000, 7_000L, 500L, TODAY)))
        .containsExactly(Code.ENGAGEMENT_SUSPICIOUSLY_HIGH);
    // 7.5% is suspicious for a MEGA account but ordinary for a NANO one.
    assertThat(codes(influencer(2_000_000, 140_000L, 10_000L, TODAY)))
        .containsExactly(Code.ENGAGEMENT_SUSPICIOUSLY_HIGH);
    assertThat(codes(influencer(5_000, 350L, 25L, TODAY))).isEmpty();
  }

  @Test
  void anUnverifiedKolInARegulatedFieldIsARisk() {
    Creator kol = new Creator(CreatorStatus.PROSPECT);
    kol.applyIdentity(CreatorTest.draft("Priya", CreatorKind.KOL));
    kol.applyKolProfile(
        new KolProfileDraft("Finance", "Analyst", "CFA", null, null, true, null, null, null));
    kol.refreshDerived(rule, true);
    List<VettingSignal> signals =
        VettingRules.signals(kol.toDetails("rule", TODAY), List.of(), rule, TODAY);
    assertThat(signals)
        .extracting(VettingSignal::code)
        .containsExactly(Code.NO_ACCOUNTS, Code.UNVERIFIED_CREDENTIALS);
    assertThat(signals.get(1).severity()).isEqualTo(Severity.RISK);
    assertThat(signals.get(1).message()).contains("CFA").contains("regulated");

    kol.applyKolProfile(
        new KolProfileDraft(
            "Finance", "Analyst", "CFA", null, null, true, "Maya", TODAY, "CFA Institute"));
    assertThat(VettingRules.signals(kol.toDetails("rule", TODAY), List.of(), rule, TODAY))
        .extracting(VettingSignal::code)
        .containsExactly(Code.NO_ACCOUNTS);
  }

  @Test
  void pastUndeliveredEngagementsAreNamed() {
    List<RelationshipEntry> history =
        List.of(
            entry("SPF 2024", Outcome.UNDELIVERED),
            entry("Launch 2025", Outcome.DELIVERED_ON_TIME),
            entry("Winter 2025", Outcome.UNDELIVERED));
    List<VettingSignal> signals =
        VettingRules.signals(influencer(50_000, 1_500L, 100L, TODAY), history, rule, TODAY);
    assertThat(signals).extracting(VettingSignal::code).containsExactly(Code.PAST_UNDELIVERED);
    assertThat(signals.get(0).message()).startsWith("2 past engagements").contains("SPF 2024");
  }

  private List<Code> codes(CreatorDetails creator) {
    return VettingRules.signals(creator, List.of(), rule, TODAY).stream()
        .map(VettingSignal::code)
        .toList();
  }

  private CreatorDetails influencer(long followers, Long likes, Long comments, LocalDate on) {
    Creator creator = new Creator(CreatorStatus.PROSPECT);
    creator.applyIdentity(CreatorTest.draft("Someone", CreatorKind.INFLUENCER));
    creator.addAccount(
        new io.chorus.roster.AccountDraft(
            Platform.INSTAGRAM, "someone", null, followers, null, likes, comments, on));
    creator.refreshDerived(rule, true);
    return creator.toDetails("rule", TODAY);
  }

  private static RelationshipEntry entry(String campaign, Outcome outcome) {
    OutcomeDraft draft =
        new OutcomeDraft("ref-" + campaign, campaign, outcome, null, null, 3, null);
    return new RelationshipEntry(
        1,
        draft.campaignRef(),
        draft.campaignName(),
        draft.outcome(),
        null,
        null,
        3,
        null,
        OffsetDateTime.now());
  }
}
