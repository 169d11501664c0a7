package io.chorus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.review.CheckResult;
import io.chorus.review.ContractedAccount;
import io.chorus.review.Jurisdiction;
import io.chorus.review.MetricsSnapshot;
import io.chorus.review.Platform;
import io.chorus.review.PostObservation;
import io.chorus.review.VerificationCriteria;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryChecksTest {

  static final String APPROVED = "#ad My  morning routine with @lumiskin serum #GlowUp";
  static final VerificationCriteria CRITERIA =
      new VerificationCriteria(
          new ContractedAccount(Platform.TIKTOK, "@Jo.Glow", null),
          false,
          LocalDate.of(2025, 6, 10),
          LocalDate.of(2025, 6, 20),
          Jurisdiction.US_FTC);

  static PostObservation seen(String account, String caption, String publishedAt, boolean live) {
    return new PostObservation(
        account,
        caption,
        publishedAt == null ? null : OffsetDateTime.parse(publishedAt),
        live,
        new MetricsSnapshot(1000L, 80L, 12L, 3L, null, 5000L),
        null,
        "olivia",
        "manual");
  }

  static List<String> failed(List<CheckResult> results) {
    return results.stream().filter(r -> !r.passed()).map(CheckResult::name).toList();
  }

  @Test
  void aGoodPostPassesEveryCheck() {
    List<CheckResult> results =
        DeliveryChecks.verification(
            CRITERIA,
            APPROVED,
            "https://www.tiktok.com/@jo.glow/video/123",
            seen(
                "jo.glow",
                "#ad my morning routine with @lumiskin serum #glowup ✨",
                "2025-06-12T18:00:00Z",
                true));

    assertThat(failed(results)).isEmpty();
  }

  @Test
  void theWrongAccountInTheUrlOrAsObservedFails() {
    assertThat(
            DeliveryChecks.account(
                    CRITERIA.account(), "https://www.tiktok.com/@someone/video/1", "jo.glow")
                .message())
        .isEqualTo("The live URL is on @someone, not on the contracted @jo.glow");
    assertThat(
            DeliveryChecks.account(CRITERIA.account(), "https://www.tiktok.com/video/1", "@copycat")
                .message())
        .isEqualTo("Posted by @copycat, not by the contracted @jo.glow");
    assertThat(
            DeliveryChecks.account(
                    CRITERIA.account(), "https://tiktok.evil.example/@jo.glow", "jo.glow")
                .passed())
        .isFalse();
    assertThat(
            DeliveryChecks.account(CRITERIA.account(), "https://vm.tiktok.com/ZM123", "JO.GLOW")
                .passed())
        .isTrue();
  }

  @Test
  void aBlogPostMustBeOnTheContractedSite() {
    ContractedAccount blog =
        new ContractedAccount(Platform.BLOG, "jo", "https://jo-glows.example/about");
    assertThat(DeliveryChecks.account(blog, "https://jo-glows.example/2025/serum", null).passed())
        .isTrue();
    assertThat(DeliveryChecks.account(blog, "https://other.example/2025/serum", null).passed())
        .isFalse();
  }

  @Test
  void anEditedCaptionOrAMissingDisclosureFails() {
    List<CheckResult> edited =
        DeliveryChecks.verification(
            CRITERIA,
            APPROVED,
            "https://www.tiktok.com/@jo.glow/video/1",
            seen(
                "jo.glow",
                "My morning routine with @lumiskin serum",
                "2025-06-12T18:00:00Z",
                true));

    assertThat(failed(edited))
        .containsExactly(DeliveryChecks.APPROVED_TEXT, "disclosure", "disclosure-placement");
  }

  @Test
  void publicationOutsideTheWindowFailsBothEndsInclusive() {
    assertThat(
            DeliveryChecks.window(
                    CRITERIA.publishFrom(),
                    CRITERIA.publishBy(),
                    seen("x", "", "2025-06-20T23:59:59Z", true))
                .passed())
        .isTrue();
    CheckResult late =
        DeliveryChecks.window(
            CRITERIA.publishFrom(),
            CRITERIA.publishBy(),
            seen("x", "", "2025-06-21T00:00:00Z", true));
    assertThat(late.passed()).isFalse();
    assertThat(late.message())
        .isEqualTo("Published on 2025-06-21, outside the window 2025-06-10 to 2025-06-20");
    // Judged on the UTC date: 01:00 in Berlin on the 10th is still the 9th in UTC.
    assertThat(
            DeliveryChecks.window(
                    CRITERIA.publishFrom(),
                    CRITERIA.publishBy(),
                    seen("x", "", "2025-06-10T01:00:00+02:00", true))
                .passed())
        .isFalse();
    assertThat(
            DeliveryChecks.window(
                    CRITERIA.publishFrom(), CRITERIA.publishBy(), seen("x", "", null, true))
                .passed())
        .isFalse();
  }

  @Test
  void aStoryNeedsEvidenceAndARemovedPostIsNotLive() {
    VerificationCriteria story =
        new VerificationCriteria(
            new ContractedAccount(Platform.INSTAGRAM, "jo.glow", null),
            true,
            CRITERIA.publishFrom(),
            CRITERIA.publishBy(),
            Jurisdiction.US_FTC);
    List<CheckResult> results =
        DeliveryChecks.verification(
            story,
            APPROVED,
            "https://instagram.com/stories/jo.glow/1",
            seen("jo.glow", APPROVED, "2025-06-12T10:00:00Z", false));

    assertThat(failed(results)).containsExactly(DeliveryChecks.LIVE, DeliveryChecks.STORY_EVIDENCE);
  }
}
