package io.chorus.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.roster.Brief;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.CreatorSummary;
import io.chorus.roster.RecommendationGoal;
import io.chorus.roster.Tier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommenderTest {

  private static final Brief CREDIBILITY =
      new Brief(RecommendationGoal.CREDIBILITY, "skincare", null, "USD", null, 20);
  private static final Brief AWARENESS =
      new Brief(RecommendationGoal.AWARENESS, "skincare", null, "USD", null, 20);

  private final Candidate verifiedDerm =
      candidate(1, CreatorKind.KOL, "Dermatology", true, 40_000, 0.03, Tier.MICRO);
  private final Candidate unverifiedDerm =
      candidate(2, CreatorKind.KOL, "Dermatology", false, 900_000, 0.03, Tier.MACRO);
  private final Candidate verifiedNutritionist =
      candidate(3, CreatorKind.KOL, "Nutrition", true, 500_000, 0.04, Tier.MACRO, "nutrition");
  private final Candidate megaInfluencer =
      candidate(4, CreatorKind.INFLUENCER, null, false, 3_000_000, 0.02, Tier.MEGA);
  private final Candidate suspiciousMega =
      candidate(5, CreatorKind.INFLUENCER, null, false, 4_000_000, 0.20, Tier.MEGA);
  private final Candidate microInfluencer =
      candidate(6, CreatorKind.INFLUENCER, null, false, 20_000, 0.05, Tier.MICRO);

  @Test
  void credibilityRanksKolsFirstThenMatchThenVerification() {
    List<Recommender.Scored> ranked =
        Recommender.credibility(
            CREDIBILITY,
            List.of(
                megaInfluencer,
                unverifiedDerm,
                microInfluencer,
                verifiedNutritionist,
                verifiedDerm));
    assertThat(ranked).extracting(s -> s.creator().id()).containsExactly(1L, 2L, 3L, 6L, 4L);
    assertThat(String.join(" ", ranked.get(0).reasons()))
        .contains("KOL in Dermatology")
        .contains("Expertise matches the niche")
        .contains("Credentials verified");
    assertThat(String.join(" ", ranked.get(1).reasons())).contains("not verified");
    assertThat(String.join(" ", ranked.get(4).reasons())).contains("not a KOL");
  }

  @Test
  void awarenessRanksByReachWeightedByEngagementQuality() {
    List<Recommender.Scored> ranked =
        Recommender.awareness(
            AWARENESS, List.of(microInfluencer, suspiciousMega, megaInfluencer, verifiedDerm));
    // 4M with 20% engagement counts half (2M): below the genuine 3M.
    assertThat(ranked).extracting(s -> s.creator().id()).containsExactly(4L, 5L, 1L, 6L);
    assertThat(ranked.get(0).score()).isEqualTo(3_000_000);
    assertThat(ranked.get(1).score()).isEqualTo(2_000_000);
    assertThat(String.join(" ", ranked.get(1).reasons())).contains("suspiciously high");
  }

  @Test
  void mixedStaysWithinBudgetAndPrefersPaidHistoryOverTheRateCard() {
    Candidate derm =
        new Candidate(
            verifiedDerm.creator(), "Dermatologist", "MD", 2, 0, new BigDecimal("1200"), 2);
    Brief brief =
        new Brief(RecommendationGoal.MIXED, "skincare", new BigDecimal("5000"), "USD", null, 10);
    List<Recommender.Pick> picks =
        Recommender.mixed(
            brief,
            List.of(derm, unverifiedDerm),
            List.of(megaInfluencer, microInfluencer),
            RateCard.defaults());
    BigDecimal total =
        picks.stream().map(Recommender.Pick::rate).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isLessThanOrEqualTo(new BigDecimal("5000"));
    assertThat(picks.get(0).scored().creator().id()).isEqualTo(1L);
    assertThat(picks.get(0).rate()).isEqualByComparingTo("1200");
    assertThat(picks.get(0).rateSource()).contains("average paid over 2");
    // The mega influencer (rate card 20,000) does not fit; the micro one (1,000) does.
    assertThat(picks).extracting(p -> p.scored().creator().id()).contains(6L).doesNotContain(4L);
    Recommender.Pick micro =
        picks.stream().filter(p -> p.scored().creator().id() == 6L).findFirst().orElseThrow();
    assertThat(micro.rate()).isEqualByComparingTo("1000");
    assertThat(micro.rateSource()).contains("rate card for MICRO");
  }

  @Test
  void aKolPricedFromTheRateCardCarriesThePremium() {
    Recommender.Pick pick =
        Recommender.price(
            new Recommender.Scored(unverifiedDerm, 1, List.of()), RateCard.defaults(), "USD");
    assertThat(pick.rate()).isEqualByComparingTo("7500"); // MACRO 5,000 × 1.5
    assertThat(pick.rateSource()).contains("KOL premium");
  }

  private static Candidate candidate(
      long id,
      CreatorKind kind,
      String field,
      boolean verified,
      long audience,
      double engagement,
      Tier tier,
      String... extraNiches) {
    List<String> niches =
        extraNiches.length > 0 ? List.of(extraNiches[0], "skincare") : List.of("skincare");
    CreatorSummary summary =
        new CreatorSummary(
            id,
            1,
            "Creator " + id,
            kind,
            CreatorStatus.PROSPECT,
            tier,
            audience,
            engagement,
            "US",
            niches,
            field,
            verified,
            field != null,
            null);
    return new Candidate(summary, field == null ? null : "Doctor", null, 0, 0, null, 0);
  }
}
