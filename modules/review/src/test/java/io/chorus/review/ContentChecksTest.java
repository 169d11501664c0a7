package io.chorus.review;

import static io.chorus.review.Jurisdiction.UK_ASA;
import static io.chorus.review.Jurisdiction.US_FTC;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentChecksTest {

  static final BriefRules SKINCARE =
      new BriefRules(
          List.of("#GlowUp", "lumiskin"),
          List.of("@LumiSkin"),
          US_FTC,
          List.of("cures acne", "clinically proven", "FDA approved"));

  @Test
  void aGoodCaptionPassesEveryCheckInOrder() {
    List<CheckResult> results =
        ContentChecks.run(
            SKINCARE,
            Platform.INSTAGRAM,
            "#ad Two weeks with the new serum from @lumiskin and my skin feels calmer. #GlowUp #LumiSkin");

    assertThat(results)
        .extracting(CheckResult::name)
        .containsExactly(
            ContentChecks.REQUIRED_HASHTAGS,
            ContentChecks.REQUIRED_MENTIONS,
            ContentChecks.DISCLOSURE,
            ContentChecks.DISCLOSURE_PLACEMENT,
            ContentChecks.BANNED_CLAIMS);
    assertThat(results).allMatch(CheckResult::passed);
    assertThat(ContentChecks.allPassed(results)).isTrue();
  }

  @Test
  void anEmptyCaptionFailsWhatTheBriefRequires() {
    List<CheckResult> results = ContentChecks.run(SKINCARE, Platform.INSTAGRAM, null);

    assertThat(results)
        .extracting(CheckResult::passed)
        .containsExactly(false, false, false, false, true);
  }

  @Nested
  class Hashtags {
    @Test
    void reportsEachMissingTagOnce() {
      CheckResult r =
          ContentChecks.requiredHashtags(List.of("#glowup", "GlowUp", "#lumiskin"), "Love it #ad");

      assertThat(r.passed()).isFalse();
      assertThat(r.message()).isEqualTo("Missing #glowup, #lumiskin");
    }

    @Test
    void matchesWholeTagsCaseInsensitively() {
      assertThat(ContentChecks.requiredHashtags(List.of("#glow"), "So #GLOW today").passed())
          .isTrue();
      assertThat(ContentChecks.requiredHashtags(List.of("#glow"), "So #glowup today").passed())
          .isFalse();
      assertThat(ContentChecks.requiredHashtags(List.of("#glow"), "glow without a hash").passed())
          .isFalse();
    }

    @Test
    void aUrlFragmentIsNotAHashtag() {
      assertThat(
              ContentChecks.requiredHashtags(List.of("#glow"), "see https://x.example/page#glow")
                  .passed())
          .isFalse();
      assertThat(ContentChecks.requiredHashtags(List.of("#glow"), "AT&#glow").passed()).isFalse();
    }

    @Test
    void worksWithNonLatinTags() {
      assertThat(ContentChecks.requiredHashtags(List.of("#스킨케어"), "오늘 #스킨케어 #ad").passed())
          .isTrue();
    }

    @Test
    void nothingRequiredPasses() {
      assertThat(ContentChecks.requiredHashtags(List.of(), "").passed()).isTrue();
    }
  }

  @Nested
  class Mentions {
    @Test
    void aMentionAtTheEndOfASentenceCounts() {
      assertThat(ContentChecks.requiredMentions(List.of("@lumiskin"), "Thanks @LumiSkin.").passed())
          .isTrue();
    }

    @Test
    void anEmailAddressIsNotAMention() {
      CheckResult r = ContentChecks.requiredMentions(List.of("lumiskin"), "mail hi@lumiskin");
      assertThat(r.passed()).isFalse();
      assertThat(r.message()).isEqualTo("Missing @lumiskin");
    }

    @Test
    void aLongerHandleIsADifferentAccount() {
      assertThat(ContentChecks.requiredMentions(List.of("@lumi"), "by @lumiskin").passed())
          .isFalse();
    }
  }

  @Nested
  class UsDisclosure {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "#ad new serum",
          "New serum #Sponsored",
          "Paid partnership with @lumiskin",
          "paid   PARTNERSHIP with them",
          "Ad: new serum",
          "Advertisement - new serum"
        })
    void acceptsTheFtcLabels(String caption) {
      assertThat(ContentChecks.disclosure(US_FTC, Platform.INSTAGRAM, caption).passed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "new serum #adidas",
          "new serum #sp",
          "new serum #partner",
          "a paid partnerships fair",
          "I love this ad campaign",
          "#collab with @lumiskin"
        })
    void refusesLookalikes(String caption) {
      CheckResult r = ContentChecks.disclosure(US_FTC, Platform.INSTAGRAM, caption);
      assertThat(r.passed()).isFalse();
      assertThat(r.message()).isEqualTo("No disclosure: add #ad, #sponsored or 'Paid partnership'");
    }

    @Test
    void youtubesOwnLabelCountsOnYoutubeOnly() {
      assertThat(
              ContentChecks.disclosure(US_FTC, Platform.YOUTUBE, "Includes paid promotion. Video")
                  .passed())
          .isTrue();
      CheckResult tiktok =
          ContentChecks.disclosure(US_FTC, Platform.TIKTOK, "Includes paid promotion. Video");
      assertThat(tiktok.passed()).isFalse();
      assertThat(ContentChecks.disclosure(US_FTC, Platform.YOUTUBE, "Video").message())
          .endsWith("(or 'Includes paid promotion')");
    }
  }

  @Nested
  class UkDisclosure {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "Ad | New serum from @lumiskin",
          "#ad new serum",
          "AD - new serum",
          "[Ad] new serum",
          "  ✨ #AD ✨ new serum",
          "Advert: new serum",
          "Advertisement feature"
        })
    void acceptsAdUpFront(String caption) {
      assertThat(ContentChecks.disclosure(UK_ASA, Platform.INSTAGRAM, caption).passed()).isTrue();
      assertThat(ContentChecks.disclosurePlacement(UK_ASA, Platform.INSTAGRAM, caption).passed())
          .isTrue();
    }

    @Test
    void adLaterInTheCaptionIsNotUpFront() {
      CheckResult r = ContentChecks.disclosure(UK_ASA, Platform.INSTAGRAM, "New serum! #ad");
      assertThat(r.passed()).isFalse();
      assertThat(r.message())
          .isEqualTo("UK ASA needs 'Ad' or '#ad' up front; '#ad' at character 12 is not enough");
    }

    @Test
    void sponsoredOrPaidPartnershipAloneIsNotEnough() {
      assertThat(
              ContentChecks.disclosure(UK_ASA, Platform.INSTAGRAM, "#sponsored new serum").passed())
          .isFalse();
      assertThat(
              ContentChecks.disclosure(
                      UK_ASA, Platform.INSTAGRAM, "Paid partnership with @lumiskin")
                  .message())
          .contains("'Paid partnership' at character 1 is not enough");
    }

    @Test
    void aWordStartingWithAdIsNotAnAd() {
      CheckResult r = ContentChecks.disclosure(UK_ASA, Platform.INSTAGRAM, "Adorable serum");
      assertThat(r.passed()).isFalse();
      assertThat(r.message()).isEqualTo("No disclosure: start the caption with 'Ad' or '#ad'");
    }
  }

  @Nested
  class Placement {
    @Test
    void aDisclosureWithinTheFirst125CharactersPasses() {
      String caption = "x".repeat(121) + " #ad";
      // '#ad' starts at character 123
      CheckResult r = ContentChecks.disclosurePlacement(US_FTC, Platform.INSTAGRAM, caption);
      assertThat(r.passed()).isTrue();
      assertThat(r.message()).isEqualTo("'#ad' at character 123, visible before 'more'");
    }

    @Test
    void theBoundaryIsCharacter125() {
      String at125 = "x".repeat(123) + " #ad";
      String at126 = "x".repeat(124) + " #ad";
      assertThat(ContentChecks.disclosurePlacement(US_FTC, Platform.INSTAGRAM, at125).passed())
          .isTrue();
      CheckResult late = ContentChecks.disclosurePlacement(US_FTC, Platform.INSTAGRAM, at126);
      assertThat(late.passed()).isFalse();
      assertThat(late.message())
          .isEqualTo(
              "'#ad' starts at character 126; put it in the first 125 characters, which show before 'more'");
    }

    @Test
    void emojiCountAsOneCharacter() {
      String caption = "😀".repeat(120) + " #ad";
      // 120 emoji are 240 UTF-16 units but 120 characters on screen.
      assertThat(ContentChecks.disclosurePlacement(US_FTC, Platform.INSTAGRAM, caption).passed())
          .isTrue();
    }

    @Test
    void aDisclosureLostInATrailingBlockOfHashtagsFails() {
      CheckResult r =
          ContentChecks.disclosurePlacement(
              US_FTC, Platform.INSTAGRAM, "Loving my skin! #skincare #glow #ad #serum #selfcare");
      assertThat(r.passed()).isFalse();
      assertThat(r.message())
          .isEqualTo("'#ad' is lost in a block of 5 hashtags at the end; put it near the start");
    }

    @Test
    void oneOrTwoTagsAtTheEndAreNotABlock() {
      assertThat(
              ContentChecks.disclosurePlacement(
                      US_FTC, Platform.INSTAGRAM, "Loving my skin! #glow #ad")
                  .passed())
          .isTrue();
    }

    @Test
    void aDisclosureUpFrontPassesEvenWithABlockAtTheEnd() {
      assertThat(
              ContentChecks.disclosurePlacement(
                      US_FTC, Platform.INSTAGRAM, "#ad Loving my skin! #skincare #glow #ad #serum")
                  .passed())
          .isTrue();
    }

    @Test
    void aCaptionOfOnlyHashtagsHasNoTrailingBlock() {
      assertThat(
              ContentChecks.disclosurePlacement(
                      US_FTC, Platform.INSTAGRAM, "#ad #glow #skin #serum")
                  .passed())
          .isTrue();
    }

    @Test
    void withoutDisclosureThereIsNothingToPlace() {
      assertThat(ContentChecks.disclosurePlacement(US_FTC, Platform.INSTAGRAM, "Lovely").passed())
          .isFalse();
    }
  }

  @Nested
  class BannedClaims {
    @Test
    void findsPhrasesCaseInsensitivelyAcrossSpacesAndLines() {
      CheckResult r =
          ContentChecks.bannedClaims(
              SKINCARE.bannedClaims(), "It CURES\n acne, and it is Clinically  proven!");
      assertThat(r.passed()).isFalse();
      assertThat(r.message()).isEqualTo("Banned claims found: 'cures acne', 'clinically proven'");
    }

    @Test
    void matchesWholeWordsOnly() {
      assertThat(ContentChecks.bannedClaims(List.of("cure"), "a secure, curated routine").passed())
          .isTrue();
      assertThat(ContentChecks.bannedClaims(List.of("cure"), "the cure.").passed()).isFalse();
    }

    @Test
    void regexCharactersInAClaimAreLiteral() {
      assertThat(
              ContentChecks.bannedClaims(List.of("100% (guaranteed)"), "100% (guaranteed) results")
                  .passed())
          .isFalse();
      assertThat(ContentChecks.bannedClaims(List.of("a.b"), "axb").passed()).isTrue();
    }

    @Test
    void noBannedClaimsPasses() {
      assertThat(ContentChecks.bannedClaims(List.of(), "anything").passed()).isTrue();
    }
  }
}
