package org.gamepicker.adapter.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.gamepicker.application.port.out.event.EventWireFormat;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.event.CatalogGame;
import org.gamepicker.domain.event.CatalogGameCreated;
import org.gamepicker.domain.event.CatalogGameDeleted;
import org.gamepicker.domain.event.CatalogGameEvent;
import org.gamepicker.domain.event.CatalogGameUpdated;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRemoved;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.SessionDeleted;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionScopedEvent;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.event.VoteReceived;
import org.gamepicker.domain.session.SessionGameStatus;
import org.gamepicker.domain.vote.VoteType;

/**
 * The seeds' wire form of every event, both ways: it is what the event log stores in its {@code
 * data} column, what bots and webhooks receive, and what is read back into typed events. Member
 * names, their order and {@code is_active} as 1/0 follow the seeds' protocol.
 */
@ApplicationScoped
public class WireEvents implements EventWireFormat {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());
  private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());

  @Override
  public String data(DomainEvent event) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator json = GENERATORS.createGenerator(text)) {
      json.writeStartObject();
      writeData(json, event);
      json.writeEnd();
    }
    return text.toString();
  }

  @Override
  public String webhookTestData(long webhookId, String webhookName) {
    StringWriter text = new StringWriter(128);
    try (JsonGenerator json = GENERATORS.createGenerator(text)) {
      json.writeStartObject()
          .writeStartObject("webhook")
          .write("id", webhookId)
          .write("name", webhookName)
          .writeEnd()
          .write("message", "This is a test delivery from Game Picker")
          .writeEnd();
    }
    return text.toString();
  }

  @Override
  public String envelope(String type, Instant occurredAt, String data, Long id) {
    return "{\"type\":"
        + JSON.createValue(type)
        + ",\"timestamp\":\""
        + WireTime.format(occurredAt)
        + "\",\"data\":"
        + data
        + ",\"id\":"
        + id
        + "}";
  }

  /** The typed event a stored row holds. */
  DomainEvent read(EventType type, Instant occurredAt, String data) {
    JsonObject object = READERS.createReader(new StringReader(data)).readObject();
    JsonObject game = object.getJsonObject("game");
    switch (type) {
      case CATALOG_GAME_CREATED:
        return new CatalogGameCreated(readCatalogGame(game), occurredAt);
      case CATALOG_GAME_UPDATED:
        return new CatalogGameUpdated(readCatalogGame(game), occurredAt);
      case CATALOG_GAME_DELETED:
        return new CatalogGameDeleted(readCatalogGame(game), occurredAt);
      default:
        return readSessionScoped(type, occurredAt, object);
    }
  }

  private static SessionScopedEvent readSessionScoped(
      EventType type, Instant occurredAt, JsonObject object) {
    JsonObject session = object.getJsonObject("session");
    long sessionId = session.getJsonNumber("id").longValue();
    JsonObject game = object.getJsonObject("game");
    return switch (type) {
      case SESSION_STARTED ->
          new SessionStarted(
              sessionId,
              Instant.parse(session.getString("created_at")),
              session.isNull("notes") ? null : session.getString("notes"),
              occurredAt);
      case GAME_ADDED ->
          new GameAdded(
              sessionId,
              session.getInt("games_played"),
              new GameAdded.PlayedGame(
                  game.getJsonNumber("id").longValue(),
                  game.getJsonNumber("session_game_id").longValue(),
                  game.getString("title"),
                  game.getString("pack_name"),
                  game.getInt("min_players"),
                  game.getInt("max_players"),
                  game.getBoolean("manually_added"),
                  game.isNull("room_code") ? null : game.getString("room_code")),
              occurredAt);
      case VOTE_RECEIVED -> {
        JsonObject vote = object.getJsonObject("vote");
        yield new VoteReceived(
            sessionId,
            game.getJsonNumber("id").longValue(),
            game.getString("title"),
            game.getInt("upvotes"),
            game.getInt("downvotes"),
            vote.getString("username"),
            VoteType.fromWire(vote.getString("type")),
            Instant.parse(vote.getString("timestamp")),
            occurredAt);
      }
      case SESSION_ENDED -> new SessionEnded(sessionId, session.getInt("games_played"), occurredAt);
      case GAME_STATUS_CHANGED ->
          new GameStatusChanged(
              sessionId,
              game.getJsonNumber("session_game_id").longValue(),
              game.getJsonNumber("id").longValue(),
              SessionGameStatus.fromWire(game.getString("status")),
              occurredAt);
      case GAME_REMOVED ->
          new GameRemoved(
              sessionId,
              game.getJsonNumber("session_game_id").longValue(),
              game.getJsonNumber("id").longValue(),
              occurredAt);
      case SESSION_DELETED -> new SessionDeleted(sessionId, occurredAt);
      default -> throw new IllegalArgumentException(type + " is not an event of a session");
    };
  }

  private static CatalogGame readCatalogGame(JsonObject game) {
    return new CatalogGame(
        game.getJsonNumber("id").longValue(),
        game.getString("title"),
        game.getString("pack_name"),
        game.getInt("min_players"),
        game.getInt("max_players"),
        game.getBoolean("enabled"),
        game.getInt("favor_bias"));
  }

  private static void writeData(JsonGenerator json, DomainEvent event) {
    if (event instanceof SessionStarted started) {
      json.writeStartObject("session")
          .write("id", started.sessionId())
          .write("is_active", 1)
          .write("created_at", WireTime.format(started.createdAt()));
      writeNullable(json, "notes", started.notes());
      json.writeEnd();
    } else if (event instanceof GameAdded added) {
      writeSessionSummary(json, added.sessionId(), true, added.gamesPlayed());
      GameAdded.PlayedGame game = added.game();
      json.writeStartObject("game")
          .write("id", game.gameId())
          .write("session_game_id", game.sessionGameId())
          .write("title", game.title())
          .write("pack_name", game.packName())
          .write("min_players", game.minPlayers())
          .write("max_players", game.maxPlayers())
          .write("manually_added", game.manuallyAdded());
      writeNullable(json, "room_code", game.roomCode());
      json.writeEnd();
    } else if (event instanceof VoteReceived vote) {
      writeSessionId(json, vote.sessionId());
      json.writeStartObject("game")
          .write("id", vote.gameId())
          .write("title", vote.title())
          .write("upvotes", vote.upvotes())
          .write("downvotes", vote.downvotes())
          .write("popularity_score", vote.popularityScore())
          .writeEnd();
      json.writeStartObject("vote")
          .write("username", vote.username())
          .write("type", vote.vote().wireName())
          .write("timestamp", WireTime.format(vote.votedAt()))
          .writeEnd();
    } else if (event instanceof SessionEnded ended) {
      writeSessionSummary(json, ended.sessionId(), false, ended.gamesPlayed());
    } else if (event instanceof GameStatusChanged changed) {
      writeSessionId(json, changed.sessionId());
      json.writeStartObject("game")
          .write("id", changed.gameId())
          .write("session_game_id", changed.sessionGameId())
          .write("status", changed.status().wireName())
          .writeEnd();
    } else if (event instanceof GameRemoved removed) {
      writeSessionId(json, removed.sessionId());
      json.writeStartObject("game")
          .write("id", removed.gameId())
          .write("session_game_id", removed.sessionGameId())
          .writeEnd();
    } else if (event instanceof SessionDeleted deleted) {
      writeSessionId(json, deleted.sessionId());
    } else if (event instanceof CatalogGameEvent catalog) {
      CatalogGame game = catalog.game();
      json.writeStartObject("game")
          .write("id", game.gameId())
          .write("title", game.title())
          .write("pack_name", game.packName())
          .write("min_players", game.minPlayers())
          .write("max_players", game.maxPlayers())
          .write("enabled", game.enabled())
          .write("favor_bias", game.favorBias())
          .writeEnd();
    }
  }

  private static void writeSessionSummary(
      JsonGenerator json, long sessionId, boolean active, int gamesPlayed) {
    json.writeStartObject("session")
        .write("id", sessionId)
        .write("is_active", active ? 1 : 0)
        .write("games_played", gamesPlayed)
        .writeEnd();
  }

  private static void writeSessionId(JsonGenerator json, long sessionId) {
    json.writeStartObject("session").write("id", sessionId).writeEnd();
  }

  private static void writeNullable(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }
}
