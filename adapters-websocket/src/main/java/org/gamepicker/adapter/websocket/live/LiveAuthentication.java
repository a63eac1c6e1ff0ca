package org.gamepicker.adapter.websocket.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gamepicker.application.port.in.auth.Caller;
import org.gamepicker.application.port.in.auth.VerifyTokenUseCase;
import org.gamepicker.domain.apitoken.TokenScope;

/**
 * The live protocol's {@code auth}: lets a client in whose token is valid and may follow live
 * events, and answers {@code auth_success} or {@code auth_error} with the reason.
 */
@ApplicationScoped
public class LiveAuthentication {

  @Inject VerifyTokenUseCase verifyToken;

  void authenticate(LiveClient client, ClientMessage message) {
    String token = message.token().orElse("");
    if (token.isBlank()) {
      client.send(LiveMessages.withMessage("auth_error", "Token required"));
      return;
    }
    Optional<Caller> caller = verifyToken.verify(token);
    if (caller.isEmpty()) {
      client.send(LiveMessages.withMessage("auth_error", "Invalid or expired token"));
    } else if (!caller.get().may(TokenScope.LIVE)) {
      client.send(LiveMessages.withMessage("auth_error", "This token lacks the live scope"));
    } else {
      caller.get().apiTokenId().ifPresent(client::rememberApiToken);
      client.authenticate();
      client.send(LiveMessages.of("auth_success"));
    }
  }
}
