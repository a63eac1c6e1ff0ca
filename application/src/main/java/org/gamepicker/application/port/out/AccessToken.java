package org.gamepicker.application.port.out;

import java.time.Instant;
import org.gamepicker.domain.common.Require;

/** A signed access token with the role it grants and when it expires. */
public record AccessToken(String token, String role, Instant expiresAt) {

  public AccessToken {
    Require.notBlank(token, "token");
    Require.notBlank(role, "role");
    Require.present(expiresAt, "expiresAt");
  }
}
