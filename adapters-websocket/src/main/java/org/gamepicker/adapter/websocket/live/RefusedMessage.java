package org.gamepicker.adapter.websocket.live;

/**
 * A client message the live protocol refuses; the endpoint answers it with {@code
 * {"type":"error","message"}} and the connection stays usable. Thrown for every client mistake, so
 * it carries no stack trace.
 */
final class RefusedMessage extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** {@code message} is what the client is told. */
  RefusedMessage(String message) {
    super(message, null, false, false);
  }
}
