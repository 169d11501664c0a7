package io.chorus.contracting;

/** A payout was asked for before the contract could pay: unsigned, or deliverables unresolved. */
public class PaymentNotDueException extends IllegalContractStateException {

  public PaymentNotDueException(String message) {
    super(message);
  }
}
