package org.gamepicker.wire;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gamepicker.domain.event.CatalogGame;
import org.gamepicker.domain.event.CatalogGameCreated;
import org.gamepicker.domain.event.CatalogGameDeleted;
import org.gamepicker.domain.event.CatalogGameUpdated;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRemoved;
import org.gamepicker.domain.event.GameRoomCodeChanged;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollOption;
import org.gamepicker.domain.event.PollStarted;
import org.gamepicker.domain.event.PollTally;
import org.gamepicker.domain.event.SessionDeleted;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.event.VoteReceived;
import org.gamepicker.domain.session.SessionGameStatus;
import org.gamepicker.domain.vote.VoteType;

/**
 * Reads an event back from its wire form, as {@link WireEventWriter} wrote it: what a log that
 * keeps the wire form hands its readers. A new event type fails to compile here until it can be
 * read.
 */
public final class WireEventReader {

  private static final JsonReaderFactory READERS =
      JsonProvider.provider().createReaderFactory(Map.of());

  private WireEventReader() {}

  /** The typed event of this type, time and {@code data} member. */
  public static DomainEvent read(EventType type, Instant occurredAt, String data) {
    JsonObject object = READERS.createReader(new StringReader(data)).readObject();
    JsonObject session = object.getJsonObject("session");
    JsonObject game = object.getJsonObject("game");
    return switch (type) {
      case SESSION_STARTED ->
          new SessionStarted(
              id(session),
              Instant.parse(session.getString("created_at")),
              session.isNull("notes") ? null : session.getString("notes"),
              occurredAt);
      case GAME_ADDED ->
          new GameAdded(
              id(session),
              session.getInt("games_played"),
              new GameAdded.PlayedGame(
                  id(game),
                  sessionGameId(game),
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
            id(session),
            id(game),
            game.getString("title"),
            game.getInt("upvotes"),
            game.getInt("downvotes"),
            vote.getString("username"),
            VoteType.fromWire(vote.getString("type")),
            Instant.parse(vote.getString("timestamp")),
            occurredAt);
      }
      case SESSION_ENDED ->
          new SessionEnded(id(session), session.getInt("games_played"), occurredAt);
      case GAME_STATUS_CHANGED ->
          new GameStatusChanged(
              id(session),
              sessionGameId(game),
              id(game),
              SessionGameStatus.fromWire(game.getString("status")),
              occurredAt);
      case GAME_REMOVED -> new GameRemoved(id(session), sessionGameId(game), id(game), occurredAt);
      case GAME_ROOM_CODE_CHANGED ->
          new GameRoomCodeChanged(
              id(session),
              sessionGameId(game),
              id(game),
              game.isNull("room_code") ? null : game.getString("room_code"),
              occurredAt);
      case SESSION_DELETED -> new SessionDeleted(id(session), occurredAt);
      case POLL_STARTED -> {
        JsonObject poll = object.getJsonObject("poll");
        yield new PollStarted(
            id(session),
            id(poll),
            Instant.parse(poll.getString("closes_at")),
            poll.getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
                .map(WireEventReader::pollOption)
                .toList(),
            occurredAt);
      }
      case POLL_TALLY -> {
        JsonObject poll = object.getJsonObject("poll");
        yield new PollTally(id(session), id(poll), counts(poll), occurredAt);
      }
      case POLL_ENDED -> {
        JsonObject poll = object.getJsonObject("poll");
        yield new PollEnded(
            id(session),
            id(poll),
            counts(poll),
            pollOption(poll.getJsonObject("winner")),
            occurredAt);
      }
      case CATALOG_GAME_CREATED -> new CatalogGameCreated(catalogGame(game), occurredAt);
      case CATALOG_GAME_UPDATED -> new CatalogGameUpdated(catalogGame(game), occurredAt);
      case CATALOG_GAME_DELETED -> new CatalogGameDeleted(catalogGame(game), occurredAt);
    };
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  private static long sessionGameId(JsonObject game) {
    return game.getJsonNumber("session_game_id").longValue();
  }

  private static PollOption pollOption(JsonObject candidate) {
    JsonObject game = candidate.getJsonObject("game");
    return new PollOption(
        candidate.getInt("choice"), id(game), game.getString("title"), game.getString("pack_name"));
  }

  private static List<Integer> counts(JsonObject poll) {
    return poll.getJsonArray("counts").getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::intValue)
        .toList();
  }

  private static CatalogGame catalogGame(JsonObject game) {
    return new CatalogGame(
        id(game),
        game.getString("title"),
        game.getString("pack_name"),
        game.getInt("min_players"),
        game.getInt("max_players"),
        game.getBoolean("enabled"),
        game.getInt("favor_bias"));
  }
}
