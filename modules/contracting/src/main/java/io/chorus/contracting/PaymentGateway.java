package io.chorus.contracting;

/**
 * Where money leaves. {@link PaymentService} calls it inside the payout transaction after it has
 * entered the payout in the ledger, so the ledger always says what was paid whichever gateway is
 * used.
 *
 * <p>The default implementation writes the payout to a CSV file for finance, one file per day,
 * after the transaction commits. A bank or payment provider plugs in as a CDI {@code @Alternative}
 * with a {@code @Priority}; it must pass {@link PayoutInstruction#idempotencyKey()} to the provider
 * as the provider's idempotency key, so that a payout the provider made just before a timeout is
 * not made again when the job retries. Tests select a failing implementation the same way.
 */
public interface PaymentGateway {

  /**
   * Pays the instruction, or throws {@link PaymentGatewayException}, which rolls the ledger entry
   * back so that a retry pays.
   */
  PayoutReceipt pay(PayoutInstruction instruction);
}
