package org.gamepicker.adapter.websocket.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.gamepicker.application.port.in.auth.Caller;
import org.gamepicker.application.port.in.auth.VerifyTokenUseCase;
import org.gamepicker.application.port.in.event.ReplayEventsUseCase;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;
import org.gamepicker.domain.apitoken.TokenScope;
import org.gamepicker.domain.event.EventType;

/**
 * WebSocket {@code /api/sessions/live} (seed protocol): {@code auth}, {@code subscribe}, {@code
 * unsubscribe}, {@code ping} and our {@code resume}. Every mistake is answered with {@code
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

  private static final String KNOWN_TYPES =
      Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "));

  @Inject LiveBroadcaster broadcaster;
  @Inject VerifyTokenUseCase verifyToken;
  @Inject SessionQueryUseCase sessions;
  @Inject ReplayEventsUseCase replayEvents;
  @Inject BacklogReplayer replayer;

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

  private void handle(String text, LiveClient client) {
    JsonObject message;
    try {
      JsonValue parsed = Json.createReader(new StringReader(text)).readValue();
      if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
        client.send(LiveMessages.error("Each message must be a JSON object"));
        return;
      }
      message = parsed.asJsonObject();
    } catch (RuntimeException unreadable) {
      // JsonException, and the parser's plain RuntimeException for nesting over its limit
      client.send(LiveMessages.error("Malformed JSON"));
      return;
    }
    String type = message.get("type") instanceof JsonString s ? s.getString() : null;
    if (type == null) {
      client.send(
          LiveMessages.error(
              "type must be a string: auth, subscribe, unsubscribe, resume or ping"));
      return;
    }
    switch (type) {
      case "ping" -> client.send(LiveMessages.of("pong"));
      case "auth" -> authenticate(client, message);
      case "subscribe", "unsubscribe", "resume" -> {
        if (!client.authenticated()) {
          client.send(LiveMessages.error("Not authenticated: send auth first"));
        } else if (type.equals("resume")) {
          resume(client, message);
        } else {
          subscription(client, type, message);
        }
      }
      default -> client.send(LiveMessages.error("Unknown message type: " + type));
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

  private void authenticate(LiveClient client, JsonObject message) {
    String token = message.get("token") instanceof JsonString s ? s.getString() : null;
    if (token == null || token.isBlank()) {
      client.send(LiveMessages.withMessage("auth_error", "Token required"));
    } else {
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

  private void subscription(LiveClient client, String type, JsonObject message) {
    Long sessionId = longMember(message, "sessionId");
    if (sessionId == null) {
      client.send(LiveMessages.error("sessionId must be a session id number"));
    } else if (type.equals("unsubscribe")) {
      client.unsubscribe(sessionId);
      client.send(LiveMessages.withSession("unsubscribed", sessionId));
    } else if (!sessions.exists(sessionId)) {
      client.send(LiveMessages.error("Session " + sessionId + " not found"));
    } else if (optIn(client, message)) {
      client.subscribe(sessionId);
      client.send(LiveMessages.withSession("subscribed", sessionId));
    }
  }

  private void resume(LiveClient client, JsonObject message) {
    if (client.replaying()) {
      client.send(LiveMessages.error("A resume is running: wait for resumed"));
      return;
    }
    Long lastEventId = longMember(message, "lastEventId");
    if (lastEventId == null || lastEventId < 0) {
      client.send(LiveMessages.error("lastEventId must be a number, 0 or more"));
      return;
    }
    long newest = replayEvents.lastEventId();
    if (lastEventId > newest) {
      client.send(
          LiveMessages.error(
              "lastEventId "
                  + lastEventId
                  + " is past the newest event ("
                  + newest
                  + "): resume from an id you received, or from 0"));
      return;
    }
    List<Long> sessionIds = new ArrayList<>();
    JsonValue ids = message.get("sessionIds");
    if (ids != null && ids.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue id : ids.asJsonArray()) {
        sessionIds.add(longValue(id));
      }
    }
    if (sessionIds.contains(null)
        || ids != null
            && ids.getValueType() != JsonValue.ValueType.ARRAY
            && ids.getValueType() != JsonValue.ValueType.NULL) {
      client.send(LiveMessages.error("sessionIds must be an array of session ids"));
      return;
    }
    if (!optIn(client, message)) {
      return;
    }
    List<Long> subscribed = new ArrayList<>();
    for (Long sessionId : sessionIds) {
      if (sessions.exists(sessionId)) {
        client.subscribe(sessionId);
        subscribed.add(sessionId);
      } else {
        client.send(LiveMessages.error("Session " + sessionId + " not found"));
      }
    }
    replayer.replay(client, lastEventId, subscribed);
  }

  /**
   * Opts the client into the event types of the message's optional {@code events} array (our
   * extension); false, with an error sent, when it is not an array of known type names.
   */
  private static boolean optIn(LiveClient client, JsonObject message) {
    JsonValue events = message.get("events");
    if (events == null || events.getValueType() == JsonValue.ValueType.NULL) {
      return true;
    }
    Optional<Set<EventType>> types = eventTypes(events);
    types.ifPresentOrElse(
        client::optIn,
        () ->
            client.send(
                LiveMessages.error("events must be an array of event types: " + KNOWN_TYPES)));
    return types.isPresent();
  }

  /** The types an array of type names names; empty when it is anything else. */
  private static Optional<Set<EventType>> eventTypes(JsonValue names) {
    if (names.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (JsonValue name : names.asJsonArray()) {
      Optional<EventType> type =
          name instanceof JsonString text
              ? EventType.ofWireName(text.getString())
              : Optional.empty();
      if (type.isEmpty()) {
        return Optional.empty();
      }
      types.add(type.get());
    }
    return Optional.of(types);
  }

  private static Long longMember(JsonObject message, String name) {
    return longValue(message.get(name));
  }

  /** A whole number that fits a long, as a number or a string of digits; otherwise null. */
  static Long longValue(JsonValue value) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException tooBig) {
        return null;
      }
    }
    if (value instanceof JsonString text && text.getString().matches("\\d{1,18}")) {
      return Long.parseLong(text.getString());
    }
    return null;
  }

  private static LiveClient client(Session connection) {
    return (LiveClient) connection.getUserProperties().get(CLIENT);
  }
}
