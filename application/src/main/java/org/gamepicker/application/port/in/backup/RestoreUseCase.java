package org.gamepicker.application.port.in.backup;

import java.io.InputStream;

/** Use case: fills an empty database from a backup document, all of it or nothing. */
public interface RestoreUseCase {

  /**
   * Restores the backup read from {@code in}, keeping every id.
   *
   * @throws DatabaseNotEmptyException when the database already holds a night's data
   * @throws InvalidBackupException when the document is not a backup this server can restore
   */
  RestoredBackup restore(InputStream in);
}
