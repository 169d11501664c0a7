package io.chorus.contracting;

/** Base of the exceptions this module throws for a caller's mistake or a state conflict. */
public abstract class ContractingException extends RuntimeException {

  protected ContractingException(String message) {
    super(message);
  }

  protected ContractingException(String message, Throwable cause) {
    super(message, cause);
  }
}
