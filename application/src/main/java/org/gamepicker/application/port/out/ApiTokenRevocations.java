package org.gamepicker.application.port.out;

/**
 * Port: told that a bot token was revoked, once the revocation committed, to end what the token
 * opened (its live connections).
 */
public interface ApiTokenRevocations {

  void revoked(long apiTokenId);
}
