package io.chorus.contracting;

/**
 * Another transaction recorded the same payout key at the same moment, and the database's unique
 * constraint refused this one. Nothing was paid by this attempt; a retry sees the other payout and
 * answers {@link PayoutResult.Status#ALREADY_PAID}.
 */
public class DuplicatePayoutException extends ContractingException {

  public DuplicatePayoutException(String idempotencyKey, Throwable cause) {
    super("Payout " + idempotencyKey + " is already being recorded by another transaction", cause);
  }
}
