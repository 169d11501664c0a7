package io.chorus.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.roster.AccountDraft;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.Platform;
import io.chorus.roster.Tier;
import io.chorus.roster.TierRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The creator's own rules: derived figures, tier through the rule, and change detection. */
class CreatorTest {

  /** Thresholds as in the DMN table; counts how often it is asked. */
  static final class CountingTierRule implements TierRule {
    final List<Long> asked = new ArrayList<>();

    @Override
    public Tier tierFor(long audience) {
      asked.add(audience);
      return audience < 10_000
          ? Tier.NANO
          : audience < 100_000 ? Tier.MICRO : audience < 1_000_000 ? Tier.MACRO : Tier.MEGA;
    }
  }

  private final CountingTierRule rule = new CountingTierRule();

  @Test
  void theLargestAccountDecidesAudienceEngagementAndTier() {
    Creator chef = new Creator(CreatorStatus.PROSPECT);
    chef.applyIdentity(draft("Chef Marco", CreatorKind.BOTH));
    chef.applyKolProfile(kol("Italian cuisine"));
    chef.addAccount(account(Platform.INSTAGRAM, "marco", 2_400_000, 48_000L, 2_000L));
    chef.addAccount(account(Platform.X, "marco_x", 12_000, 9_000L, 10L));
    chef.refreshDerived(rule, false);

    var details = chef.toDetails("test rule", LocalDate.now());
    assertThat(details.largestAudience()).isEqualTo(2_400_000);
    assertThat(details.tier()).isEqualTo(Tier.MEGA);
    assertThat(details.engagementRate()).isEqualTo(50_000.0 / 2_400_000);
    assertThat(details.kind()).isEqualTo(CreatorKind.BOTH);
    assertThat(details.kolProfile().field()).isEqualTo("Italian cuisine");
    assertThat(details.accounts()).extracting(a -> a.handle()).containsExactly("marco", "marco_x");
    assertThat(details.tierReason())
        .contains("2,400,000")
        .contains("INSTAGRAM @marco")
        .contains("MEGA");
    assertThat(rule.asked).containsExactly(2_400_000L);
  }

  @Test
  void theRuleIsAskedAgainOnlyWhenTheAudienceChangesUnlessForced() {
    Creator creator = new Creator(CreatorStatus.PROSPECT);
    creator.applyIdentity(draft("Lena", CreatorKind.INFLUENCER));
    Account account = creator.addAccount(account(Platform.TIKTOK, "lena", 9_999, 500L, 20L));
    creator.refreshDerived(rule, false);
    assertThat(creator.getTier()).isEqualTo(Tier.NANO);

    assertThat(creator.refreshDerived(rule, false)).isFalse();
    assertThat(rule.asked).hasSize(1);

    account.apply(account(Platform.TIKTOK, "lena", 10_000, 500L, 20L));
    assertThat(creator.refreshDerived(rule, false)).isTrue();
    assertThat(creator.getTier()).isEqualTo(Tier.MICRO);

    creator.refreshDerived(rule, true);
    assertThat(rule.asked).containsExactly(9_999L, 10_000L, 10_000L);
  }

  @Test
  void applyingTheSameDraftTwiceChangesNothing() {
    Creator creator = new Creator(CreatorStatus.PROSPECT);
    CreatorDraft draft = draft("Dr. Ava", CreatorKind.KOL);
    assertThat(creator.applyIdentity(draft)).isTrue();
    assertThat(creator.applyIdentity(draft)).isFalse();
    assertThat(creator.applyKolProfile(kol("Dermatology"))).isTrue();
    assertThat(creator.applyKolProfile(kol("Dermatology"))).isFalse();
    Account account = creator.addAccount(account(Platform.YOUTUBE, "@DrAva", 5_000, 100L, 5L));
    assertThat(account.apply(account(Platform.YOUTUBE, "@DrAva", 5_000, 100L, 5L))).isFalse();
    assertThat(account.apply(account(Platform.YOUTUBE, "@DrAva", 5_001, 100L, 5L))).isTrue();
    // Niches are normalized, so case and spacing differences are not changes.
    assertThat(
            creator.applyIdentity(
                new CreatorDraft(
                    "Dr. Ava ",
                    "AVA@example.com",
                    "DE",
                    CreatorKind.KOL,
                    Set.of("EN"),
                    Set.of(" Skincare", "dermatology"),
                    null,
                    null,
                    null,
                    null)))
        .isFalse();
  }

  @Test
  void handlesMatchWithoutAtSignAndCase() {
    Creator creator = new Creator(CreatorStatus.PROSPECT);
    creator.applyIdentity(draft("Dr. Ava", CreatorKind.KOL));
    creator.addAccount(account(Platform.YOUTUBE, "@DrAva", 5_000, 100L, 5L));
    assertThat(creator.account(Platform.YOUTUBE, "drava")).isPresent();
    assertThat(creator.account(Platform.INSTAGRAM, "drava")).isEmpty();
  }

  static CreatorDraft draft(String name, CreatorKind kind) {
    return new CreatorDraft(
        name,
        "ava@example.com",
        "DE",
        kind,
        Set.of("en"),
        Set.of("skincare", "dermatology"),
        null,
        null,
        null,
        null);
  }

  static KolProfileDraft kol(String field) {
    return new KolProfileDraft(field, "Doctor", "MD", null, null, true, null, null, null);
  }

  static AccountDraft account(
      Platform platform, String handle, long followers, Long likes, Long comments) {
    return new AccountDraft(
        platform, handle, null, followers, null, likes, comments, LocalDate.of(2025, 1, 1));
  }
}
