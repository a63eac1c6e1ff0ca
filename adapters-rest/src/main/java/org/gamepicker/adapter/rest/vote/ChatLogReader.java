package org.gamepicker.adapter.rest.vote;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.WebApplicationException;
import java.io.InputStream;
import java.util.Map;
import java.util.NoSuchElementException;
import org.gamepicker.adapter.rest.error.JsonBodyGuard;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.error.ProblemResponses;
import org.gamepicker.application.port.in.vote.ImportChatCommand;
import org.gamepicker.application.port.in.vote.RawChatLine;
import org.gamepicker.domain.common.InvalidValueException;

/**
 * Reads a chat import's body, {@code {"chat_data": [{"username", "message", "timestamp"}, ...]}},
 * with a streaming parser, one entry at a time into {@link ImportChatCommand.Builder}, so that a 5
 * MB log is never held whole: only the entries that cast a vote are kept. Members other than {@code
 * chat_data} are skipped, as the binder skips them elsewhere.
 */
final class ChatLogReader {

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
  private static final char NUL = '\0';

  private ChatLogReader() {}

  /** The command the body describes; a 400 problem when it is not a chat log. */
  static ImportChatCommand read(long sessionId, InputStream body) {
    ImportChatCommand.Builder log = new ImportChatCommand.Builder(sessionId);
    boolean sawChatData = false;
    try (JsonParser parser = PARSERS.createParser(body)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw badRequest("The body must be a JSON object with a chat_data array");
      }
      for (JsonParser.Event event = parser.next();
          event != JsonParser.Event.END_OBJECT;
          event = parser.next()) {
        String member = parser.getString();
        JsonParser.Event value = parser.next();
        if (member.equals("chat_data") && value != JsonParser.Event.VALUE_NULL) {
          if (value != JsonParser.Event.START_ARRAY) {
            throw new InvalidValueException("chat_data", "chat_data must be a JSON array");
          }
          readEntries(parser, log);
          sawChatData = true;
        } else {
          skip(parser, value);
        }
      }
      if (parser.hasNext()) {
        throw malformed("unexpected content after the JSON value");
      }
    } catch (JsonException e) {
      throw malformed(e.getMessage());
    } catch (NoSuchElementException | IllegalStateException e) {
      throw malformed("the body ends before the JSON value does");
    }
    if (!sawChatData) {
      throw new InvalidValueException("chat_data", "chat_data is required");
    }
    return log.build();
  }

  private static void readEntries(JsonParser parser, ImportChatCommand.Builder log) {
    for (JsonParser.Event entry = parser.next();
        entry != JsonParser.Event.END_ARRAY;
        entry = parser.next()) {
      if (entry == JsonParser.Event.START_OBJECT) {
        JsonObject line = parser.getObject();
        log.add(
            new RawChatLine(
                text(line, "username"), text(line, "message"), text(line, "timestamp")));
      } else {
        skip(parser, entry);
        log.add(null);
      }
    }
  }

  /** A member's text (a number as written); null when missing or of another type. */
  private static String text(JsonObject line, String name) {
    JsonValue value = line.get(name);
    String text =
        value instanceof JsonString string
            ? string.getString()
            : value instanceof JsonNumber number ? number.toString() : null;
    if (text != null && text.indexOf(NUL) >= 0) {
      throw badRequest(name + " contains the NUL character (\\u0000); remove it");
    }
    return text;
  }

  /**
   * Skips the value that {@code start} began, event by event: the parser's own skipObject and
   * skipArray spin for ever on a body that ends inside the value.
   */
  private static void skip(JsonParser parser, JsonParser.Event start) {
    if (start != JsonParser.Event.START_OBJECT && start != JsonParser.Event.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      switch (parser.next()) {
        case START_OBJECT, START_ARRAY -> {
          if (++depth > JsonBodyGuard.MAX_DEPTH) {
            throw malformed("nested more than " + JsonBodyGuard.MAX_DEPTH + " levels deep");
          }
        }
        case END_OBJECT, END_ARRAY -> depth--;
        default -> {}
      }
    }
  }

  private static WebApplicationException malformed(String why) {
    return badRequest("Malformed JSON body: " + why);
  }

  private static WebApplicationException badRequest(String detail) {
    return new WebApplicationException(ProblemResponses.of(Problem.of(400, "Bad Request", detail)));
  }
}
