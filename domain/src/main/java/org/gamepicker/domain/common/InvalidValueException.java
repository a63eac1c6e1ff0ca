package org.gamepicker.domain.common;

/**
 * A value broke a rule of its own (blank title, player range upside down, ...); names the field to
 * fix.
 */
public class InvalidValueException extends DomainException {

  private final String field;

  public InvalidValueException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
