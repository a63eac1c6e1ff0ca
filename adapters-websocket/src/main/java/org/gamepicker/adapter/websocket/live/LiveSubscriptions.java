package org.gamepicker.adapter.websocket.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;

/**
 * The live protocol's {@code subscribe} and {@code unsubscribe}: which sessions' events an
 * authenticated client receives from now on, and which event types beyond the seeds' four.
 */
@ApplicationScoped
public class LiveSubscriptions {

  @Inject SessionQueryUseCase sessions;

  /** Subscribes the client to an existing session, opting it into the message's event types. */
  void subscribe(LiveClient client, ClientMessage message) {
    long sessionId = message.sessionId();
    if (!sessions.exists(sessionId)) {
      throw new RefusedMessage("Session " + sessionId + " not found");
    }
    message.events().ifPresent(client::optIn);
    client.subscribe(sessionId);
    client.send(LiveMessages.withSession("subscribed", sessionId));
  }

  /** Ends the client's subscription to a session; confirmed whether or not it had one. */
  void unsubscribe(LiveClient client, ClientMessage message) {
    long sessionId = message.sessionId();
    client.unsubscribe(sessionId);
    client.send(LiveMessages.withSession("unsubscribed", sessionId));
  }
}
