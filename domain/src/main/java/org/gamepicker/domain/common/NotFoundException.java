package org.gamepicker.domain.common;

/** Something was asked for by an id or name that does not exist. */
public class NotFoundException extends DomainException {

  public NotFoundException(String message) {
    super(message);
  }
}
