package org.gamepicker.application.port.in.auth;

import java.time.Duration;
import org.gamepicker.domain.common.DomainException;

/** A wrong admin key from a client address that sent too many of them within the current minute. */
public class TooManyLoginAttemptsException extends DomainException {

  private final Duration retryAfter;

  public TooManyLoginAttemptsException(Duration retryAfter) {
    super("Too many failed login attempts; try again in " + retryAfter.toSeconds() + " seconds");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
