package org.gamepicker.adapter.websocket.live;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.gamepicker.application.port.in.WireTime;
import org.gamepicker.application.port.out.event.StoredEvent;

/** Builds the JSON text of every server-to-client message of the live protocol. */
final class LiveMessages {

  private LiveMessages() {}

  /** A reply without members, e.g. {"type":"pong"}. */
  static String of(String type) {
    return Json.createObjectBuilder().add("type", type).build().toString();
  }

  static String error(String message) {
    return withMessage("error", message);
  }

  static String withMessage(String type, String message) {
    return Json.createObjectBuilder().add("type", type).add("message", message).build().toString();
  }

  static String withSession(String type, long sessionId) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("sessionId", sessionId)
        .build()
        .toString();
  }

  /** Sent once the backlog of a resume was replayed: what is now subscribed and replayed up to. */
  static String resumed(Collection<Long> sessionIds, long lastEventId) {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    sessionIds.forEach(ids::add);
    return Json.createObjectBuilder()
        .add("type", "resumed")
        .add("sessionIds", ids)
        .add("lastEventId", lastEventId)
        .build()
        .toString();
  }

  /** The seed envelope {type, timestamp, data} plus the event-log id. */
  static String event(StoredEvent event) {
    return Json.createObjectBuilder()
        .add("type", event.type())
        .add("timestamp", WireTime.format(event.occurredAt()))
        .add("data", toJson(event.data()))
        .add("id", event.id())
        .build()
        .toString();
  }

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((key, member) -> object.add(String.valueOf(key), toJson(member)));
      return object.build();
    }
    if (value instanceof Collection<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof BigDecimal || value instanceof BigInteger) {
      return Json.createValue(new BigDecimal(value.toString()));
    }
    if (value instanceof Number number) {
      return number instanceof Double || number instanceof Float
          ? Json.createValue(number.doubleValue())
          : Json.createValue(number.longValue());
    }
    return Json.createValue(value.toString());
  }
}
