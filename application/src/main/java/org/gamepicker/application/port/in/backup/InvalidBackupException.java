package org.gamepicker.application.port.in.backup;

import org.gamepicker.domain.common.DomainException;

/** A restore's document is not a backup this server can restore; the message says where and why. */
public class InvalidBackupException extends DomainException {

  public InvalidBackupException(String message) {
    super(message);
  }
}
