package org.gamepicker.adapter.persistence.common;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.gamepicker.application.port.out.AfterCommit;

/**
 * Runs actions after the calling thread's JTA transaction commits, through the container's
 * registry.
 */
@ApplicationScoped
public class JtaAfterCommit implements AfterCommit {

  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public void run(Runnable action) {
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      action.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              action.run();
            }
          }
        });
  }
}
