package io.chorus.contracting;

/**
 * The payout channel failed. The transaction rolls back, so the ledger holds no entry for the key
 * and a retry (the engine's job retry) may try again with the same key.
 */
public class PaymentGatewayException extends RuntimeException {

  public PaymentGatewayException(String message, Throwable cause) {
    super(message, cause);
  }

  public PaymentGatewayException(String message) {
    super(message);
  }
}
