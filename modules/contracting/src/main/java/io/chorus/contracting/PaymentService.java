package io.chorus.contracting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Money owed and paid for a contract. Money is owed only for verified deliverables (plus kill fees
 * for rejected ones); see {@link PaymentCalculator}.
 */
public interface PaymentService {

  /** What the contract owes now, line by line; for the approve-payment form. */
  PaymentQuote quote(long contractId);

  /**
   * Pays what a signed contract owes and has not paid yet, once every deliverable is resolved.
   *
   * <p>The payout's idempotency key is {@code payout:<engagementId>:<payoutNumber>}. The process
   * passes the same number on every retry of the same step, so a retried job finds the ledger entry
   * and answers {@link PayoutResult.Status#ALREADY_PAID} without paying again; the ledger's unique
   * key refuses a concurrent duplicate ({@link DuplicatePayoutException}). A failing gateway throws
   * {@link PaymentGatewayException} and leaves no ledger entry, so the retry pays.
   *
   * @param payoutNumber 1 for the contract's (usually only) payout
   * @throws PaymentNotDueException when the contract is not signed or has unresolved deliverables
   */
  PayoutResult releasePayment(
      long contractId,
      @Min(1) @Max(99) int payoutNumber,
      @NotBlank @Size(max = 64) String approvedBy);

  /** The idempotency key of a payout. */
  static String idempotencyKey(long engagementId, int payoutNumber) {
    return "payout:" + engagementId + ":" + payoutNumber;
  }
}
