package org.gamepicker.application.port.in.auth;

import org.gamepicker.domain.common.DomainException;

/** A login presented a key that is not the admin key. */
public class WrongAdminKeyException extends DomainException {

  public WrongAdminKeyException() {
    super("Invalid admin key");
  }
}
