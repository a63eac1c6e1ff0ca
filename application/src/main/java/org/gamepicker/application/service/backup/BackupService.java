package org.gamepicker.application.service.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import org.gamepicker.application.port.in.backup.BackUpUseCase;
import org.gamepicker.application.port.in.backup.DatabaseNotEmptyException;
import org.gamepicker.application.port.in.backup.RestoreUseCase;
import org.gamepicker.application.port.in.backup.RestoredBackup;
import org.gamepicker.application.port.out.DatabaseBackup;
import org.gamepicker.application.service.event.EventRelay;

/**
 * Backs the database up and restores it into an empty one, in one transaction: a restore that fails
 * anywhere leaves the database as it was.
 */
@ApplicationScoped
public class BackupService implements BackUpUseCase, RestoreUseCase {

  /**
   * How long a restore's transaction may last, its upload included: far over the server's default
   * of 2 minutes, which a backup of years would exceed.
   */
  static final Duration RESTORE_WITHIN = Duration.ofMinutes(15);

  private DatabaseBackup database;
  private UserTransaction transaction;
  private EventRelay relay;

  protected BackupService() {}

  @Inject
  public BackupService(DatabaseBackup database, UserTransaction transaction, EventRelay relay) {
    this.database = database;
    this.transaction = transaction;
    this.relay = relay;
  }

  @Override
  public void backUp(OutputStream out) {
    database.write(out);
  }

  /**
   * Restores in one transaction, while the relay holds back: live clients and the other subscribers
   * go on from the restored log's end, and are not handed its events again as news.
   */
  @Override
  public RestoredBackup restore(InputStream in) {
    try {
      return relay.restoring(() -> restoreInOneTransaction(in));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("The restore's transaction failed", e);
    }
  }

  private RestoredBackup restoreInOneTransaction(InputStream in) throws Exception {
    try {
      transaction.setTransactionTimeout((int) RESTORE_WITHIN.toSeconds());
      transaction.begin();
      RestoredBackup restored = database.restore(in, this::refuseUnlessEmpty);
      transaction.commit();
      return restored;
    } catch (Exception e) {
      rollBack();
      throw e;
    } finally {
      resetTimeout();
    }
  }

  private void refuseUnlessEmpty() {
    database
        .tableWithData()
        .ifPresent(
            table -> {
              throw new DatabaseNotEmptyException(table);
            });
  }

  private void rollBack() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      // the transaction is gone already: nothing left to undo
    }
  }

  private void resetTimeout() {
    try {
      transaction.setTransactionTimeout(0);
    } catch (SystemException e) {
      // the next transaction of this thread takes the server's default anyway
    }
  }
}
