package org.gamepicker.application.port.out;

import java.util.Optional;

/** Port: signs access tokens and checks them, with the server's signing keys. */
public interface AccessTokens {

  /** A new token for the admin role. */
  AccessToken issueAdminToken();

  /** The token's details when it is genuine and unexpired; empty otherwise. */
  Optional<AccessToken> verify(String rawToken);
}
