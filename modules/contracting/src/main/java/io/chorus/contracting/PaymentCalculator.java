package io.chorus.contracting;

import io.chorus.contracting.PaymentLine.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a contract owes, computed only from verified deliverables. Pure: no clock, no database.
 *
 * <ul>
 *   <li>{@code PRODUCT_ONLY}: nothing in cash, ever (not even a kill fee).
 *   <li>{@code PER_DELIVERABLE}: rate x verified deliverables.
 *   <li>{@code FLAT_FEE}: the full fee when every deliverable is verified; otherwise fee x verified
 *       / contracted if the contract is pro rata, else nothing.
 *   <li>{@code PERFORMANCE}: the base, pro rata by verified deliverables, plus {@code
 *       floor(verified engagements / 1000) x bonus}, the bonus capped at the cap. Only engagements
 *       of verified deliverables count.
 *   <li>Kill fee: the contract's kill fee for each deliverable whose content the brand rejected;
 *       nothing for undelivered ones, which are the creator's failure.
 * </ul>
 *
 * Amounts are rounded half-up to the currency's minor unit. The due date is the latest verification
 * date plus net-N (with nothing verified but a kill fee owed: the latest rejection plus net-N).
 */
public final class PaymentCalculator {

  static final long ENGAGEMENTS_PER_BONUS = 1000;

  private PaymentCalculator() {}

  public static PaymentQuote quote(
      Compensation compensation,
      String currency,
      int netDays,
      BigDecimal killFee,
      List<DeliverableOutcome> outcomes) {
    Objects.requireNonNull(compensation, "compensation");
    Objects.requireNonNull(outcomes, "outcomes");
    int scale = scaleOf(currency);
    int contracted = outcomes.size();
    int verified = count(outcomes, DeliverableStatus.VERIFIED);
    int rejected = count(outcomes, DeliverableStatus.REJECTED);
    int undelivered = count(outcomes, DeliverableStatus.UNDELIVERED);
    int pending = count(outcomes, DeliverableStatus.PENDING);

    List<PaymentLine> lines = new ArrayList<>();
    switch (compensation.model()) {
      case PRODUCT_ONLY ->
          lines.add(
              line(
                  Kind.PRODUCT_ONLY,
                  "Product only: no cash for " + contracted + " deliverable(s)",
                  contracted,
                  BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  scale));
      case PER_DELIVERABLE -> {
        BigDecimal rate = amount(compensation.ratePerDeliverable());
        lines.add(
            line(
                Kind.PER_DELIVERABLE,
                "Per verified deliverable: " + verified + " x " + money(rate, scale),
                verified,
                rate,
                rate.multiply(BigDecimal.valueOf(verified)),
                scale));
      }
      case FLAT_FEE -> lines.add(flatFee(compensation, contracted, verified, scale));
      case PERFORMANCE -> lines.addAll(performance(compensation, outcomes, verified, scale));
    }

    BigDecimal kill = amount(killFee);
    if (rejected > 0
        && kill.signum() > 0
        && compensation.model() != CompensationModel.PRODUCT_ONLY) {
      lines.add(
          line(
              Kind.KILL_FEE,
              "Kill fee for rejected content: " + rejected + " x " + money(kill, scale),
              rejected,
              kill,
              kill.multiply(BigDecimal.valueOf(rejected)),
              scale));
    }
    int unpaid = undelivered + (kill.signum() > 0 ? 0 : rejected);
    if (unpaid > 0) {
      lines.add(
          line(
              Kind.NOT_PAID,
              "Not paid: "
                  + undelivered
                  + " undelivered, "
                  + rejected
                  + " rejected"
                  + (kill.signum() > 0 ? " (kill fee above)" : " (no kill fee)"),
              unpaid,
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              scale));
    }

    BigDecimal total =
        lines.stream()
            .map(PaymentLine::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(scale, RoundingMode.HALF_UP);
    LocalDate dueDate =
        total.signum() > 0 ? basisDate(outcomes).map(d -> d.plusDays(netDays)).orElse(null) : null;
    return new PaymentQuote(
        currency, lines, total, dueDate, pending == 0, verified, rejected, undelivered, pending);
  }

  /**
   * The most a contract can cost in cash: everything verified, the bonus at its cap. Kill fees do
   * not add to it, because a kill fee replaces a deliverable's pay and may not exceed it.
   */
  public static BigDecimal maximumPayable(Compensation compensation, int deliverables) {
    return switch (compensation.model()) {
      case PRODUCT_ONLY -> BigDecimal.ZERO;
      case FLAT_FEE -> amount(compensation.flatFee());
      case PER_DELIVERABLE ->
          amount(compensation.ratePerDeliverable()).multiply(BigDecimal.valueOf(deliverables));
      case PERFORMANCE ->
          amount(compensation.performanceBase()).add(amount(compensation.bonusCap()));
    };
  }

  /**
   * The most one deliverable earns under the model; a kill fee may not exceed it. For FLAT_FEE and
   * the PERFORMANCE base it is the deliverable's share.
   */
  public static BigDecimal valuePerDeliverable(
      Compensation compensation, int deliverables, String currency) {
    int scale = scaleOf(currency);
    BigDecimal count = BigDecimal.valueOf(Math.max(1, deliverables));
    BigDecimal value =
        switch (compensation.model()) {
          case PRODUCT_ONLY -> BigDecimal.ZERO;
          case FLAT_FEE ->
              amount(compensation.flatFee()).divide(count, scale, RoundingMode.HALF_UP);
          case PER_DELIVERABLE -> amount(compensation.ratePerDeliverable());
          case PERFORMANCE ->
              amount(compensation.performanceBase()).divide(count, scale, RoundingMode.HALF_UP);
        };
    return value.setScale(scale, RoundingMode.HALF_UP);
  }

  private static PaymentLine flatFee(
      Compensation compensation, int contracted, int verified, int scale) {
    BigDecimal fee = amount(compensation.flatFee());
    if (contracted > 0 && verified == contracted) {
      return line(
          Kind.FLAT_FEE,
          "Flat fee: all " + contracted + " deliverable(s) verified",
          1,
          fee,
          fee,
          scale);
    }
    if (compensation.proRata() && verified > 0) {
      BigDecimal share =
          fee.multiply(BigDecimal.valueOf(verified))
              .divide(BigDecimal.valueOf(contracted), scale, RoundingMode.HALF_UP);
      return line(
          Kind.FLAT_FEE_PRO_RATA,
          "Flat fee pro rata: "
              + verified
              + " of "
              + contracted
              + " verified x "
              + money(fee, scale),
          verified,
          fee,
          share,
          scale);
    }
    return line(
        Kind.FLAT_FEE_NOT_EARNED,
        "Flat fee not earned: "
            + verified
            + " of "
            + contracted
            + " verified"
            + (compensation.proRata() ? "" : " and the contract is not pro rata"),
        verified,
        fee,
        BigDecimal.ZERO,
        scale);
  }

  private static List<PaymentLine> performance(
      Compensation compensation, List<DeliverableOutcome> outcomes, int verified, int scale) {
    int contracted = outcomes.size();
    BigDecimal base = amount(compensation.performanceBase());
    BigDecimal baseDue =
        contracted == 0
            ? BigDecimal.ZERO
            : base.multiply(BigDecimal.valueOf(verified))
                .divide(BigDecimal.valueOf(contracted), scale, RoundingMode.HALF_UP);
    List<PaymentLine> lines = new ArrayList<>();
    lines.add(
        line(
            Kind.PERFORMANCE_BASE,
            verified == contracted
                ? "Base: all " + contracted + " deliverable(s) verified"
                : "Base pro rata: "
                    + verified
                    + " of "
                    + contracted
                    + " verified x "
                    + money(base, scale),
            verified,
            base,
            baseDue,
            scale));

    long engagements =
        outcomes.stream()
            .filter(o -> o.status() == DeliverableStatus.VERIFIED)
            .mapToLong(o -> Math.max(0, o.verifiedEngagements()))
            .sum();
    long units = engagements / ENGAGEMENTS_PER_BONUS;
    BigDecimal bonusRate = amount(compensation.bonusPer1000Engagements());
    BigDecimal bonus = bonusRate.multiply(BigDecimal.valueOf(units));
    BigDecimal cap = compensation.bonusCap();
    String description =
        "Bonus: "
            + engagements
            + " verified engagements = "
            + units
            + " x 1,000 x "
            + money(bonusRate, scale);
    if (cap != null && bonus.compareTo(cap) > 0) {
      bonus = cap;
      description += ", capped at " + money(cap, scale);
    }
    lines.add(line(Kind.PERFORMANCE_BONUS, description, units, bonusRate, bonus, scale));
    return lines;
  }

  private static Optional<LocalDate> basisDate(List<DeliverableOutcome> outcomes) {
    Optional<LocalDate> lastVerified = latest(outcomes, DeliverableStatus.VERIFIED);
    return lastVerified.isPresent() ? lastVerified : latest(outcomes, DeliverableStatus.REJECTED);
  }

  private static Optional<LocalDate> latest(
      List<DeliverableOutcome> outcomes, DeliverableStatus status) {
    return outcomes.stream()
        .filter(o -> o.status() == status && o.resolvedOn() != null)
        .map(DeliverableOutcome::resolvedOn)
        .max(Comparator.naturalOrder());
  }

  private static int count(List<DeliverableOutcome> outcomes, DeliverableStatus status) {
    return (int) outcomes.stream().filter(o -> o.status() == status).count();
  }

  private static PaymentLine line(
      Kind kind, String description, long quantity, BigDecimal unit, BigDecimal amount, int scale) {
    return new PaymentLine(
        kind,
        description,
        quantity,
        unit.setScale(scale, RoundingMode.HALF_UP),
        amount.setScale(scale, RoundingMode.HALF_UP));
  }

  private static BigDecimal amount(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static String money(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  /** The currency's minor unit (2 for EUR, 0 for JPY); 2 when the code is unknown. */
  public static int scaleOf(String currency) {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (RuntimeException e) {
      return 2;
    }
  }
}
