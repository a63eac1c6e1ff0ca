package org.gamepicker.application.port.in.auth;

import java.util.Optional;

/** Use case: checks a raw bearer token, for REST and the WebSocket alike, with one set of rules. */
public interface VerifyTokenUseCase {

  /**
   * Who the token belongs to: the admin for a genuine, current admin JWT, a bot for an unrevoked
   * bot token; empty for anything else (blank, forged, expired, revoked, not an admin token).
   */
  Optional<Caller> verify(String rawToken);
}
