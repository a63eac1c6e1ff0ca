package org.gamepicker.application.port.in.backup;

import org.gamepicker.domain.common.ConflictException;

/** A restore was asked of a database that already holds data it would mix with the backup's. */
public class DatabaseNotEmptyException extends ConflictException {

  public DatabaseNotEmptyException(String table) {
    super(
        "The database is not empty (table "
            + table
            + " has rows): restore into a fresh server, whose only data is the seeded catalog");
  }
}
