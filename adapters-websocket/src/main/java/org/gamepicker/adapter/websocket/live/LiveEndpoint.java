package org.gamepicker.adapter.websocket.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * WebSocket {@code /api/sessions/live} (seed protocol): the connections, and each message routed by
 * its type, {@code ping} answered here, {@code auth} by {@link LiveAuthentication}, {@code
 * subscribe} and {@code unsubscribe} by {@link LiveSubscriptions}, our {@code resume} by {@link
 * LiveResume}. Every mistake ({@link RefusedMessage}) is answered with {@code
 * {"type":"error","message"}} and the connection stays usable. A programmatic endpoint (registered
 * by {@link LiveEndpointConfig}), because only there does the container check each frame's size
 * against the connection's limit before it reads the frame ({@link InboundMessages}).
 */
@ApplicationScoped
public class LiveEndpoint extends Endpoint {

  /** The endpoint's path, under the application's context root. */
  static final String PATH = "/api/sessions/live";

  private static final Logger LOG = Logger.getLogger(LiveEndpoint.class.getName());
  private static final String CLIENT = "gamepicker.liveClient";
  private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);

  /**
   * A message the client's socket has not taken within this time drops the connection: what closes
   * a client that stopped reading while it is replayed to, when nothing fills its queue.
   */
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

  /** The message types a client may send only once it has authenticated. */
  private static final Set<String> FOR_AUTHENTICATED = Set.of("subscribe", "unsubscribe", "resume");

  @Inject LiveBroadcaster broadcaster;
  @Inject LiveAuthentication authentication;
  @Inject LiveSubscriptions subscriptions;
  @Inject LiveResume resume;

  @Override
  public void onOpen(Session connection, EndpointConfig config) {
    connection.setMaxIdleTimeout(IDLE_TIMEOUT.toMillis());
    connection.getAsyncRemote().setSendTimeout(SEND_TIMEOUT.toMillis());
    LiveClient client = new LiveClient(connection, broadcaster::queueOverflowed);
    connection.getUserProperties().put(CLIENT, client);
    InboundMessages inbound = new InboundMessages(connection, client, text -> handle(text, client));
    connection.addMessageHandler(String.class, (MessageHandler.Partial<String>) inbound::text);
    connection.addMessageHandler(
        ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>) inbound::binary);
    broadcaster.connected(client);
  }

  /** Answers one message: a refused one with an error, after which the client may go on. */
  private void handle(String text, LiveClient client) {
    try {
      ClientMessage message = ClientMessage.parse(text);
      String type = message.type();
      if (FOR_AUTHENTICATED.contains(type) && !client.authenticated()) {
        throw new RefusedMessage("Not authenticated: send auth first");
      }
      switch (type) {
        case "ping" -> client.send(LiveMessages.of("pong"));
        case "auth" -> authentication.authenticate(client, message);
        case "subscribe" -> subscriptions.subscribe(client, message);
        case "unsubscribe" -> subscriptions.unsubscribe(client, message);
        case "resume" -> resume.resume(client, message);
        default -> throw new RefusedMessage("Unknown message type: " + type);
      }
    } catch (RefusedMessage refused) {
      client.send(LiveMessages.error(refused.getMessage()));
    }
  }

  @Override
  public void onClose(Session connection, CloseReason reason) {
    LiveClient client = client(connection);
    if (client != null) {
      broadcaster.disconnected(client);
    }
  }

  @Override
  public void onError(Session connection, Throwable error) {
    LOG.log(Level.FINE, "WebSocket error on " + connection.getId(), error);
  }

  private static LiveClient client(Session connection) {
    return (LiveClient) connection.getUserProperties().get(CLIENT);
  }
}
