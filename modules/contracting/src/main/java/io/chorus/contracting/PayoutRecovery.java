package io.chorus.contracting;

/**
 * Puts back what a crash took from the payout file. A payout's line is written after its ledger
 * entry commits; a server killed between the two leaves a paid ledger entry without its line. The
 * ledger is the record, so the deployable calls this at every start.
 */
public interface PayoutRecovery {

  /**
   * Appends to the payout files every payout of the last {@code days} days that the ledger holds
   * and the files do not. A line already there is never written twice.
   *
   * @return how many lines were missing and are now written
   */
  int restoreMissingPayoutLines(int days);
}
