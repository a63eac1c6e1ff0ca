package org.gamepicker.adapter.websocket.live;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamepicker.domain.event.EventType;

/**
 * One message a client sent on the live connection, and its members read as the protocol defines
 * them. A message that is not a JSON object with a string {@code type}, and a member of the wrong
 * form, is a {@link RefusedMessage} naming what is wrong. A member is read only when asked for, so
 * the handlers decide which mistake is reported first.
 */
final class ClientMessage {

  /** Looked up once: a lookup per message goes through the server's class loading. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String KNOWN_TYPES =
      Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "));

  private final JsonObject members;
  private final String type;

  private ClientMessage(JsonObject members, String type) {
    this.members = members;
    this.type = type;
  }

  /** Reads a text frame's message. */
  static ClientMessage parse(String text) {
    JsonValue parsed;
    try {
      parsed = JSON.createReader(new StringReader(text)).readValue();
    } catch (RuntimeException unreadable) {
      // JsonException, and the parser's plain RuntimeException for nesting over its limit
      throw new RefusedMessage("Malformed JSON");
    }
    if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new RefusedMessage("Each message must be a JSON object");
    }
    JsonObject members = parsed.asJsonObject();
    if (!(members.get("type") instanceof JsonString type)) {
      throw new RefusedMessage(
          "type must be a string: auth, subscribe, unsubscribe, resume or ping");
    }
    return new ClientMessage(members, type.getString());
  }

  /** The message's type, e.g. {@code subscribe}. */
  String type() {
    return type;
  }

  /** The {@code token} of an {@code auth} message, if it is a string. */
  Optional<String> token() {
    return members.get("token") instanceof JsonString token
        ? Optional.of(token.getString())
        : Optional.empty();
  }

  /** The {@code sessionId} of a {@code subscribe} or {@code unsubscribe}. */
  long sessionId() {
    Long sessionId = longValue(members.get("sessionId"));
    if (sessionId == null) {
      throw new RefusedMessage("sessionId must be a session id number");
    }
    return sessionId;
  }

  /** The {@code lastEventId} of a {@code resume}: the last event the client received, or 0. */
  long lastEventId() {
    Long lastEventId = longValue(members.get("lastEventId"));
    if (lastEventId == null || lastEventId < 0) {
      throw new RefusedMessage("lastEventId must be a number, 0 or more");
    }
    return lastEventId;
  }

  /** The {@code sessionIds} of a {@code resume}; none when the member is absent or null. */
  List<Long> sessionIds() {
    JsonValue ids = members.get("sessionIds");
    if (ids == null || ids.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    List<Long> sessionIds = new ArrayList<>();
    if (ids.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue id : ids.asJsonArray()) {
        sessionIds.add(longValue(id));
      }
    }
    if (ids.getValueType() != JsonValue.ValueType.ARRAY || sessionIds.contains(null)) {
      throw new RefusedMessage("sessionIds must be an array of session ids");
    }
    return sessionIds;
  }

  /**
   * The event types of the optional {@code events} array (our extension), which a client opts into
   * beyond the seeds' four; empty when the member is absent or null.
   */
  Optional<Set<EventType>> events() {
    JsonValue names = members.get("events");
    if (names == null || names.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (names.getValueType() != JsonValue.ValueType.ARRAY) {
      throw unknownEvents();
    }
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (JsonValue name : names.asJsonArray()) {
      if (!(name instanceof JsonString text)) {
        throw unknownEvents();
      }
      types.add(EventType.ofWireName(text.getString()).orElseThrow(ClientMessage::unknownEvents));
    }
    return Optional.of(types);
  }

  private static RefusedMessage unknownEvents() {
    return new RefusedMessage("events must be an array of event types: " + KNOWN_TYPES);
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
}
