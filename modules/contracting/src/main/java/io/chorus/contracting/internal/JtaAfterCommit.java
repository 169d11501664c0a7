package io.chorus.contracting.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link AfterCommit} on the container's JTA transaction. */
@ApplicationScoped
public class JtaAfterCommit implements AfterCommit {

  private static final Logger LOG = Logger.getLogger(JtaAfterCommit.class.getName());

  @Resource TransactionSynchronizationRegistry registry;

  @Override
  public void run(Runnable action) {
    if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      action.run();
      return;
    }
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              action.run();
            } catch (RuntimeException e) {
              // The ledger committed; the file can be rebuilt from it (PaymentLedger.exportCsv).
              LOG.log(Level.SEVERE, "After-commit action failed: " + e.getMessage(), e);
            }
          }
        });
  }
}
