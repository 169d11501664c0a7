package io.chorus.contracting;

import static io.chorus.contracting.DeliverableOutcome.pending;
import static io.chorus.contracting.DeliverableOutcome.rejected;
import static io.chorus.contracting.DeliverableOutcome.undelivered;
import static io.chorus.contracting.DeliverableOutcome.verified;
import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.contracting.PaymentLine.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentCalculatorTest {

  static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
  static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);

  static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  static PaymentQuote quote(Compensation c, BigDecimal killFee, DeliverableOutcome... outcomes) {
    return PaymentCalculator.quote(c, "EUR", 30, killFee, List.of(outcomes));
  }

  @Nested
  class ProductOnly {
    @Test
    void paysNoCashEvenWhenEverythingIsVerified() {
      PaymentQuote q =
          quote(
              Compensation.productOnly(), null, verified(1, MAY_1, 50_000), verified(2, MAY_1, 9));

      assertThat(q.total()).isEqualByComparingTo("0");
      assertThat(q.dueDate()).isNull();
      assertThat(q.lines()).extracting(PaymentLine::kind).containsExactly(Kind.PRODUCT_ONLY);
      assertThat(q.complete()).isTrue();
    }

    @Test
    void paysNoKillFeeEitherBecauseProductOnlyMeansNoCash() {
      PaymentQuote q = quote(Compensation.productOnly(), eur("100"), rejected(1, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("0");
      assertThat(q.lines()).extracting(PaymentLine::kind).doesNotContain(Kind.KILL_FEE);
    }
  }

  @Nested
  class PerDeliverable {
    @Test
    void paysTheRateForEachVerifiedDeliverableOnly() {
      PaymentQuote q =
          quote(
              Compensation.perDeliverable(eur("250.00")),
              null,
              verified(1, MAY_1, 0),
              verified(2, MAY_10, 0),
              undelivered(3, MAY_10),
              verified(4, MAY_1, 0));

      assertThat(q.total()).isEqualByComparingTo("750.00");
      assertThat(q.verified()).isEqualTo(3);
      assertThat(q.undelivered()).isEqualTo(1);
      PaymentLine line = q.lines().get(0);
      assertThat(line.kind()).isEqualTo(Kind.PER_DELIVERABLE);
      assertThat(line.quantity()).isEqualTo(3);
      assertThat(line.unitAmount()).isEqualByComparingTo("250.00");
      assertThat(line.description()).isEqualTo("Per verified deliverable: 3 x 250.00");
    }

    @Test
    void nothingVerifiedMeansNothingDue() {
      PaymentQuote q = quote(Compensation.perDeliverable(eur("250")), null, undelivered(1, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("0");
      assertThat(q.dueDate()).isNull();
    }

    @Test
    void aPendingDeliverableIsNotPaidAndTheQuoteIsIncomplete() {
      PaymentQuote q =
          quote(Compensation.perDeliverable(eur("100")), null, verified(1, MAY_1, 0), pending(2));

      assertThat(q.total()).isEqualByComparingTo("100");
      assertThat(q.complete()).isFalse();
      assertThat(q.pending()).isEqualTo(1);
    }
  }

  @Nested
  class FlatFee {
    @Test
    void paysTheFullFeeWhenAllAreVerified() {
      PaymentQuote q =
          quote(
              Compensation.flatFee(eur("3000"), false),
              null,
              verified(1, MAY_1, 0),
              verified(2, MAY_1, 0));

      assertThat(q.total()).isEqualByComparingTo("3000.00");
      assertThat(q.lines()).extracting(PaymentLine::kind).containsExactly(Kind.FLAT_FEE);
    }

    @Test
    void paysNothingForPartialDeliveryWithoutProRata() {
      PaymentQuote q =
          quote(
              Compensation.flatFee(eur("3000"), false),
              null,
              verified(1, MAY_1, 0),
              undelivered(2, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("0");
      assertThat(q.lines().get(0).kind()).isEqualTo(Kind.FLAT_FEE_NOT_EARNED);
      assertThat(q.lines().get(0).description())
          .isEqualTo("Flat fee not earned: 1 of 2 verified and the contract is not pro rata");
    }

    @Test
    void paysProRataRoundedHalfUpToTheCent() {
      PaymentQuote q =
          quote(
              Compensation.flatFee(eur("1000"), true),
              null,
              verified(1, MAY_1, 0),
              undelivered(2, MAY_1),
              undelivered(3, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("333.33");
      assertThat(q.lines().get(0).kind()).isEqualTo(Kind.FLAT_FEE_PRO_RATA);

      PaymentQuote twoThirds =
          quote(
              Compensation.flatFee(eur("1000"), true),
              null,
              verified(1, MAY_1, 0),
              verified(2, MAY_1, 0),
              undelivered(3, MAY_1));
      assertThat(twoThirds.total()).isEqualByComparingTo("666.67");
    }

    @Test
    void proRataWithNothingVerifiedPaysNothing() {
      PaymentQuote q = quote(Compensation.flatFee(eur("1000"), true), null, undelivered(1, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("0");
      assertThat(q.lines().get(0).kind()).isEqualTo(Kind.FLAT_FEE_NOT_EARNED);
    }

    @Test
    void roundsToTheCurrencysMinorUnit() {
      PaymentQuote q =
          PaymentCalculator.quote(
              Compensation.flatFee(eur("100000"), true),
              "JPY",
              30,
              null,
              List.of(verified(1, MAY_1, 0), undelivered(2, MAY_1), undelivered(3, MAY_1)));

      assertThat(q.total()).isEqualTo(new BigDecimal("33333"));
    }
  }

  @Nested
  class Performance {
    final Compensation deal = Compensation.performance(eur("500.00"), eur("20.00"), eur("300.00"));

    @Test
    void paysBasePlusABonusPerFullThousandVerifiedEngagements() {
      PaymentQuote q = quote(deal, null, verified(1, MAY_1, 2_500), verified(2, MAY_1, 1_499));

      // 3,999 engagements -> 3 full thousands -> 60.00
      assertThat(q.total()).isEqualByComparingTo("560.00");
      assertThat(q.lines())
          .extracting(PaymentLine::kind)
          .containsExactly(Kind.PERFORMANCE_BASE, Kind.PERFORMANCE_BONUS);
      assertThat(q.lines().get(1).quantity()).isEqualTo(3);
    }

    @Test
    void justBelowAThousandEarnsNoBonus() {
      PaymentQuote q = quote(deal, null, verified(1, MAY_1, 999));

      assertThat(q.total()).isEqualByComparingTo("500.00");
    }

    @Test
    void capsTheBonus() {
      PaymentQuote q = quote(deal, null, verified(1, MAY_1, 1_000_000));

      assertThat(q.total()).isEqualByComparingTo("800.00");
      assertThat(q.lines().get(1).amount()).isEqualByComparingTo("300.00");
      assertThat(q.lines().get(1).description()).endsWith("capped at 300.00");
    }

    @Test
    void exactlyAtTheCapIsNotReportedAsCapped() {
      PaymentQuote q = quote(deal, null, verified(1, MAY_1, 15_000));

      assertThat(q.lines().get(1).amount()).isEqualByComparingTo("300.00");
      assertThat(q.lines().get(1).description()).doesNotContain("capped");
    }

    @Test
    void countsOnlyEngagementsOfVerifiedDeliverablesAndPaysTheBaseProRata() {
      PaymentQuote q =
          quote(
              deal,
              null,
              verified(1, MAY_1, 4_000),
              new DeliverableOutcome(2, DeliverableStatus.UNDELIVERED, MAY_1, 90_000));

      // base 500 x 1/2 + 4 x 20
      assertThat(q.total()).isEqualByComparingTo("330.00");
    }

    @Test
    void nothingVerifiedPaysNeitherBaseNorBonus() {
      PaymentQuote q = quote(deal, null, undelivered(1, MAY_1), undelivered(2, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("0");
    }
  }

  @Nested
  class KillFee {
    @Test
    void isPaidForEachRejectedDeliverable() {
      PaymentQuote q =
          quote(
              Compensation.perDeliverable(eur("400")),
              eur("100"),
              verified(1, MAY_1, 0),
              rejected(2, MAY_1),
              rejected(3, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("600.00");
      PaymentLine kill =
          q.lines().stream().filter(l -> l.kind() == Kind.KILL_FEE).findFirst().orElseThrow();
      assertThat(kill.quantity()).isEqualTo(2);
      assertThat(kill.amount()).isEqualByComparingTo("200.00");
    }

    @Test
    void isNotPaidForUndeliveredContent() {
      PaymentQuote q =
          quote(Compensation.perDeliverable(eur("400")), eur("100"), undelivered(1, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("0");
      assertThat(q.lines()).extracting(PaymentLine::kind).doesNotContain(Kind.KILL_FEE);
    }

    @Test
    void withoutAKillFeeARejectionIsSimplyUnpaid() {
      PaymentQuote q = quote(Compensation.perDeliverable(eur("400")), null, rejected(1, MAY_1));

      assertThat(q.total()).isEqualByComparingTo("0");
      assertThat(q.lines()).extracting(PaymentLine::kind).contains(Kind.NOT_PAID);
    }

    @Test
    void addsToAFlatFeeThatWasNotEarned() {
      PaymentQuote q =
          quote(
              Compensation.flatFee(eur("2000"), false),
              eur("250"),
              verified(1, MAY_1, 0),
              rejected(2, MAY_10));

      assertThat(q.total()).isEqualByComparingTo("250.00");
    }
  }

  @Nested
  class DueDate {
    @Test
    void isTheLatestVerificationPlusNetDays() {
      PaymentQuote q =
          PaymentCalculator.quote(
              Compensation.perDeliverable(eur("100")),
              "EUR",
              45,
              null,
              List.of(verified(1, MAY_10, 0), verified(2, MAY_1, 0)));

      assertThat(q.dueDate()).isEqualTo(MAY_10.plusDays(45));
    }

    @Test
    void ignoresLaterUndeliveredOutcomes() {
      PaymentQuote q =
          quote(
              Compensation.perDeliverable(eur("100")),
              null,
              verified(1, MAY_1, 0),
              undelivered(2, MAY_10));

      assertThat(q.dueDate()).isEqualTo(MAY_1.plusDays(30));
    }

    @Test
    void withOnlyAKillFeeDueIsTheRejectionPlusNetDays() {
      PaymentQuote q =
          quote(Compensation.perDeliverable(eur("100")), eur("50"), rejected(1, MAY_10));

      assertThat(q.dueDate()).isEqualTo(MAY_10.plusDays(30));
    }

    @Test
    void netZeroIsDueOnVerification() {
      PaymentQuote q =
          PaymentCalculator.quote(
              Compensation.perDeliverable(eur("100")),
              "EUR",
              0,
              null,
              List.of(verified(1, MAY_10, 0)));

      assertThat(q.dueDate()).isEqualTo(MAY_10);
    }
  }

  @Test
  void maximumPayableIsWhatASignedContractCommits() {
    assertThat(PaymentCalculator.maximumPayable(Compensation.productOnly(), 5)).isZero();
    assertThat(PaymentCalculator.maximumPayable(Compensation.flatFee(eur("900"), true), 3))
        .isEqualByComparingTo("900");
    assertThat(PaymentCalculator.maximumPayable(Compensation.perDeliverable(eur("120")), 3))
        .isEqualByComparingTo("360");
    assertThat(
            PaymentCalculator.maximumPayable(
                Compensation.performance(eur("500"), eur("20"), eur("300")), 3))
        .isEqualByComparingTo("800");
  }

  @Test
  void valuePerDeliverableIsTheShareOneDeliverableEarns() {
    assertThat(
            PaymentCalculator.valuePerDeliverable(
                Compensation.flatFee(eur("1000"), false), 3, "EUR"))
        .isEqualByComparingTo("333.33");
    assertThat(
            PaymentCalculator.valuePerDeliverable(Compensation.perDeliverable(eur("80")), 3, "EUR"))
        .isEqualByComparingTo("80");
    assertThat(PaymentCalculator.valuePerDeliverable(Compensation.productOnly(), 3, "EUR"))
        .isZero();
  }
}
