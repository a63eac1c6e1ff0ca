package org.gamepicker.application.port.in.backup;

import java.io.OutputStream;

/** Use case: writes everything the server holds as one portable backup document, as it is read. */
public interface BackUpUseCase {

  /** Streams the backup to {@code out}; the database is read in pages, never held whole. */
  void backUp(OutputStream out);
}
