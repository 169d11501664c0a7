package io.chorus.contracting.internal;

import static io.chorus.contracting.internal.Fixtures.END;
import static io.chorus.contracting.internal.Fixtures.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.CompensationModel;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.InvalidContractException.Problem;
import io.chorus.contracting.Platform;
import io.chorus.contracting.UsageChannel;
import io.chorus.contracting.UsageRights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

  static List<Problem> check(ContractTerms terms) {
    return ContractRules.check(terms, START, END);
  }

  static ContractTerms withDeliverables(DeliverableSpec... specs) {
    return new ContractTerms(
        List.of(specs),
        Compensation.perDeliverable(new BigDecimal("100")),
        "EUR",
        30,
        UsageRights.none(),
        null,
        false);
  }

  @Test
  void validTermsHaveNoProblems() {
    assertThat(check(Fixtures.perDeliverable("100", 2))).isEmpty();
    assertThat(
            check(
                Fixtures.terms(
                    Compensation.performance(
                        BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("100")),
                    null,
                    1)))
        .isEmpty();
  }

  @Test
  void dueDatesMustFallInsideTheCampaignWindowBothEndsIncluded() {
    List<Problem> problems =
        check(
            withDeliverables(
                new DeliverableSpec(Platform.TIKTOK, DeliverableFormat.REEL, 1, START),
                new DeliverableSpec(Platform.TIKTOK, DeliverableFormat.REEL, 1, END),
                new DeliverableSpec(Platform.TIKTOK, DeliverableFormat.REEL, 1, END.plusDays(1)),
                new DeliverableSpec(
                    Platform.TIKTOK, DeliverableFormat.REEL, 1, START.minusDays(1))));

    assertThat(problems)
        .containsExactly(
            new Problem(
                "terms.deliverables[2].dueDate",
                "must be within the campaign, 2025-06-01 to 2025-06-30"),
            new Problem(
                "terms.deliverables[3].dueDate",
                "must be within the campaign, 2025-06-01 to 2025-06-30"));
  }

  @Test
  void theCampaignMustNotEndBeforeItStarts() {
    assertThat(ContractRules.check(Fixtures.perDeliverable("1", 1), END, START))
        .extracting(Problem::field)
        .contains("campaignEnd");
  }

  @Test
  void atMostOneHundredDeliverablesInAll() {
    DeliverableSpec twenty =
        new DeliverableSpec(Platform.INSTAGRAM, DeliverableFormat.STORY, 20, START);
    assertThat(check(withDeliverables(twenty, twenty, twenty, twenty, twenty))).isEmpty();
    assertThat(check(withDeliverables(twenty, twenty, twenty, twenty, twenty, twenty)))
        .containsExactly(
            new Problem("terms.deliverables", "must add up to at most 100 deliverables"));
  }

  @Test
  void eachModelNeedsItsOwnAmountsAndNoOthers() {
    assertThat(check(Fixtures.terms(Compensation.flatFee(null, false), null, 1)))
        .containsExactly(new Problem("terms.compensation.flatFee", "give a flat fee above 0"));
    assertThat(check(Fixtures.terms(Compensation.perDeliverable(BigDecimal.ZERO), null, 1)))
        .containsExactly(
            new Problem("terms.compensation.ratePerDeliverable", "give a rate above 0"));
    assertThat(
            check(
                Fixtures.terms(
                    new Compensation(
                        CompensationModel.PRODUCT_ONLY,
                        new BigDecimal("10"),
                        false,
                        null,
                        null,
                        null,
                        null),
                    null,
                    1)))
        .containsExactly(
            new Problem("terms.compensation.flatFee", "must be empty for PRODUCT_ONLY"));
  }

  @Test
  void performanceNeedsABaseABonusAndACapOfAtLeastOneBonus() {
    assertThat(check(Fixtures.terms(Compensation.performance(null, null, null), null, 1)))
        .extracting(Problem::field)
        .containsExactlyInAnyOrder(
            "terms.compensation.performanceBase",
            "terms.compensation.bonusPer1000Engagements",
            "terms.compensation.bonusCap");
    assertThat(
            check(
                Fixtures.terms(
                    Compensation.performance(
                        new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("40")),
                    null,
                    1)))
        .containsExactly(
            new Problem(
                "terms.compensation.bonusCap", "must be at least one bonus (the bonus per 1,000)"));
  }

  @Test
  void proRataIsAFlatFeeOption() {
    Compensation proRataPerDeliverable =
        new Compensation(
            CompensationModel.PER_DELIVERABLE, null, true, new BigDecimal("5"), null, null, null);
    assertThat(check(Fixtures.terms(proRataPerDeliverable, null, 1)))
        .containsExactly(new Problem("terms.compensation.proRata", "applies to FLAT_FEE only"));
  }

  @Test
  void aKillFeeMayNotExceedWhatOneDeliverableEarns() {
    assertThat(
            check(
                Fixtures.terms(
                    Compensation.perDeliverable(new BigDecimal("300")), new BigDecimal("300"), 2)))
        .isEmpty();
    assertThat(
            check(
                Fixtures.terms(
                    Compensation.perDeliverable(new BigDecimal("300")),
                    new BigDecimal("300.01"),
                    2)))
        .containsExactly(
            new Problem("terms.killFee", "must not exceed what one deliverable earns (300.00)"));
    // A flat fee of 1,000 over 4 posts: 250 a post.
    assertThat(
            check(
                Fixtures.terms(
                    Compensation.flatFee(new BigDecimal("1000"), false), new BigDecimal("251"), 4)))
        .extracting(Problem::field)
        .containsExactly("terms.killFee");
  }

  @Test
  void productOnlyPaysNoKillFee() {
    assertThat(check(Fixtures.terms(Compensation.productOnly(), new BigDecimal("10"), 1)))
        .containsExactly(new Problem("terms.killFee", "a product-only contract pays no kill fee"));
    assertThat(check(Fixtures.terms(Compensation.productOnly(), BigDecimal.ZERO, 1))).isEmpty();
  }

  @Test
  void theCurrencyMustExist() {
    ContractTerms terms =
        new ContractTerms(
            List.of(new DeliverableSpec(Platform.YOUTUBE, DeliverableFormat.VIDEO, 1, START)),
            Compensation.productOnly(),
            "XYZ",
            null,
            UsageRights.none(),
            null,
            false);
    assertThat(check(terms))
        .containsExactly(new Problem("terms.currency", "is not a known ISO 4217 currency"));
  }

  @Test
  void usageRightsNeedChannelsAndADurationTogether() {
    ContractTerms channelsOnly =
        new ContractTerms(
            List.of(new DeliverableSpec(Platform.BLOG, DeliverableFormat.ARTICLE, 1, START)),
            Compensation.productOnly(),
            "EUR",
            null,
            new UsageRights(Set.of(UsageChannel.WEBSITE), 0),
            null,
            false);
    assertThat(check(channelsOnly)).extracting(Problem::field).containsExactly("terms.usageRights");
  }

  @Test
  void paymentTermsDefaultToNet30() {
    assertThat(Fixtures.perDeliverable("1", 1).netDays()).isEqualTo(30);
  }

  @Test
  void aDueDateOnTheLastDayIsStillInside() {
    assertThat(
            check(
                withDeliverables(
                    new DeliverableSpec(
                        Platform.PODCAST,
                        DeliverableFormat.PODCAST_MENTION,
                        1,
                        LocalDate.of(2025, 6, 30)))))
        .isEmpty();
  }
}
