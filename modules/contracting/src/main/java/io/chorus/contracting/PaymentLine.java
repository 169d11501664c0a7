package io.chorus.contracting;

import java.math.BigDecimal;

/**
 * One line of a payment breakdown, as shown on the approve-payment form: "Per deliverable: 3 x
 * 500.00 = 1500.00". Lines with amount zero explain what was not paid and why.
 */
public record PaymentLine(
    Kind kind, String description, long quantity, BigDecimal unitAmount, BigDecimal amount) {

  public enum Kind {
    PRODUCT_ONLY,
    FLAT_FEE,
    FLAT_FEE_PRO_RATA,
    FLAT_FEE_NOT_EARNED,
    PER_DELIVERABLE,
    PERFORMANCE_BASE,
    PERFORMANCE_BONUS,
    KILL_FEE,
    NOT_PAID,
    /** What earlier payouts of the same contract already paid, subtracted. */
    PAID_BEFORE
  }
}
