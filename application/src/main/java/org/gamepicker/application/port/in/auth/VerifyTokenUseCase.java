package org.gamepicker.application.port.in.auth;

import java.util.Optional;
import org.gamepicker.application.port.out.AccessToken;

/**
 * Use case: checks a raw access token (for clients that cannot use the HTTP bearer scheme, like
 * WebSockets).
 */
public interface VerifyTokenUseCase {

  /** The token's details when its signature, issuer and expiry are valid; empty otherwise. */
  Optional<AccessToken> verify(String rawToken);
}
