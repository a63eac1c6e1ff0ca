package org.gamepicker.domain.common;

/**
 * Base of every rule violation the domain and the use cases report; unchecked so transactions roll
 * back.
 */
public abstract class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message);
  }
}
