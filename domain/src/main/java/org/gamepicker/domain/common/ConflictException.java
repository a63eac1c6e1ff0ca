package org.gamepicker.domain.common;

/**
 * The request is valid but the current state forbids it (a session already active, a game already
 * played, ...).
 */
public class ConflictException extends DomainException {

  public ConflictException(String message) {
    super(message);
  }
}
