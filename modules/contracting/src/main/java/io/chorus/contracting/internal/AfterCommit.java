package io.chorus.contracting.internal;

/**
 * Runs side effects that cannot roll back (appending to a file) only once the transaction has
 * committed, so the payout file never holds a payout the ledger does not.
 */
public interface AfterCommit {

  /** Runs {@code action} after the current transaction commits; at once if there is none. */
  void run(Runnable action);
}
