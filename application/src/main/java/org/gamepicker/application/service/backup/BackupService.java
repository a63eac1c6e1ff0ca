package org.gamepicker.application.service.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import org.gamepicker.application.port.in.backup.BackUpUseCase;
import org.gamepicker.application.port.in.backup.DatabaseNotEmptyException;
import org.gamepicker.application.port.in.backup.RestoreUseCase;
import org.gamepicker.application.port.in.backup.RestoredBackup;
import org.gamepicker.application.port.out.DatabaseBackup;

/**
 * Backs the database up and restores it into an empty one, in one transaction: a restore that fails
 * anywhere leaves the database as it was.
 */
@ApplicationScoped
public class BackupService implements BackUpUseCase, RestoreUseCase {

  private DatabaseBackup database;

  protected BackupService() {}

  @Inject
  public BackupService(DatabaseBackup database) {
    this.database = database;
  }

  @Override
  public void backUp(OutputStream out) {
    database.write(out);
  }

  @Override
  @Transactional
  public RestoredBackup restore(InputStream in) {
    return database.restore(
        in,
        () ->
            database
                .tableWithData()
                .ifPresent(
                    table -> {
                      throw new DatabaseNotEmptyException(table);
                    }));
  }
}
