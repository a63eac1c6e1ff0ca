package org.gamepicker.application.port.in.auth;

import org.gamepicker.domain.common.Require;

/** Command: a login attempt with the admin key, from a client address. */
public record LogInCommand(String key, String clientAddress) {

  public LogInCommand {
    key = Require.notBlank(key, "key");
    clientAddress = clientAddress == null ? "unknown" : clientAddress;
  }
}
