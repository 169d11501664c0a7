package io.chorus.contracting;

/**
 * The contract is not in a state that allows this (for example signing a draft): a 409 in the API,
 * since it usually means someone else moved it first.
 */
public class IllegalContractStateException extends ContractingException {

  public IllegalContractStateException(String message) {
    super(message);
  }
}
