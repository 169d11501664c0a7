package io.chorus.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What {@link PaymentService#releasePayment} did.
 *
 * @param paymentId the ledger entry, {@code null} when nothing was due
 */
public record PayoutResult(
    Status status,
    String idempotencyKey,
    Long paymentId,
    BigDecimal amount,
    String currency,
    LocalDate dueDate) {

  public enum Status {
    /** Paid now: a new ledger entry and a payout through the gateway. */
    PAID,
    /** This payout key was paid before; nothing was paid again. */
    ALREADY_PAID,
    /** Nothing (more) is owed: product only, nothing verified, or already paid in full. */
    NOTHING_DUE
  }
}
