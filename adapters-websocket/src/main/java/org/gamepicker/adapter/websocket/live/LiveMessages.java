package org.gamepicker.adapter.websocket.live;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Collection;

/**
 * Builds the JSON text of the live protocol's replies (events come rendered by the wire format).
 */
final class LiveMessages {

  /** Looked up once: a lookup per message goes through the server's class loading. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private LiveMessages() {}

  /** A reply without members, e.g. {"type":"pong"}. */
  static String of(String type) {
    return JSON.createObjectBuilder().add("type", type).build().toString();
  }

  static String error(String message) {
    return withMessage("error", message);
  }

  static String withMessage(String type, String message) {
    return JSON.createObjectBuilder().add("type", type).add("message", message).build().toString();
  }

  static String withSession(String type, long sessionId) {
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("sessionId", sessionId)
        .build()
        .toString();
  }

  /** Sent once the backlog of a resume was replayed: what is now subscribed and replayed up to. */
  static String resumed(Collection<Long> sessionIds, long lastEventId) {
    JsonArrayBuilder ids = JSON.createArrayBuilder();
    sessionIds.forEach(ids::add);
    return JSON.createObjectBuilder()
        .add("type", "resumed")
        .add("sessionIds", ids)
        .add("lastEventId", lastEventId)
        .build()
        .toString();
  }
}
