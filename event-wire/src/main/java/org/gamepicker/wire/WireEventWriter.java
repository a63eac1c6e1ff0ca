package org.gamepicker.wire;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.event.CatalogGame;
import org.gamepicker.domain.event.CatalogGameCreated;
import org.gamepicker.domain.event.CatalogGameDeleted;
import org.gamepicker.domain.event.CatalogGameUpdated;
import org.gamepicker.domain.event.DomainEvent;
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

/**
 * Writes the {@code data} member of each event's message as the seeds' protocol defines it:
 * snake_case members in the seeds' order, {@code is_active} as 1/0. A new event type fails to
 * compile here until its wire form is written.
 */
public final class WireEventWriter {

  private static final JsonGeneratorFactory GENERATORS =
      JsonProvider.provider().createGeneratorFactory(Map.of());

  private WireEventWriter() {}

  /** The event's {@code data} member, as JSON text. */
  public static String data(DomainEvent event) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator json = GENERATORS.createGenerator(text)) {
      json.writeStartObject();
      write(json, event);
      json.writeEnd();
    }
    return text.toString();
  }

  /** The {@code data} member of a {@code webhook.test} delivery, which is not a logged event. */
  public static String webhookTestData(long webhookId, String webhookName) {
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

  private static void write(JsonGenerator json, DomainEvent event) {
    switch (event) {
      case SessionStarted started -> {
        json.writeStartObject("session")
            .write("id", started.sessionId())
            .write("is_active", 1)
            .write("created_at", WireTime.format(started.createdAt()));
        writeNullable(json, "notes", started.notes());
        json.writeEnd();
      }
      case GameAdded added -> {
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
      }
      case VoteReceived vote -> {
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
      }
      case SessionEnded ended ->
          writeSessionSummary(json, ended.sessionId(), false, ended.gamesPlayed());
      case GameStatusChanged changed -> {
        writeSessionId(json, changed.sessionId());
        json.writeStartObject("game")
            .write("id", changed.gameId())
            .write("session_game_id", changed.sessionGameId())
            .write("status", changed.status().wireName())
            .writeEnd();
      }
      case GameRemoved removed -> {
        writeSessionId(json, removed.sessionId());
        json.writeStartObject("game")
            .write("id", removed.gameId())
            .write("session_game_id", removed.sessionGameId())
            .writeEnd();
      }
      case GameRoomCodeChanged changed -> {
        writeSessionId(json, changed.sessionId());
        json.writeStartObject("game")
            .write("id", changed.gameId())
            .write("session_game_id", changed.sessionGameId());
        writeNullable(json, "room_code", changed.roomCode());
        json.writeEnd();
      }
      case SessionDeleted deleted -> writeSessionId(json, deleted.sessionId());
      case PollStarted started -> {
        writeSessionId(json, started.sessionId());
        json.writeStartObject("poll")
            .write("id", started.pollId())
            .write("closes_at", WireTime.format(started.closesAt()))
            .writeStartArray("candidates");
        started.candidates().forEach(candidate -> writePollOption(json, candidate));
        json.writeEnd().writeEnd();
      }
      case PollTally tally -> {
        writeSessionId(json, tally.sessionId());
        json.writeStartObject("poll").write("id", tally.pollId());
        writeCounts(json, tally.counts());
        json.writeEnd();
      }
      case PollEnded ended -> {
        writeSessionId(json, ended.sessionId());
        json.writeStartObject("poll").write("id", ended.pollId());
        writeCounts(json, ended.counts());
        json.writeKey("winner");
        writePollOption(json, ended.winner());
        json.writeEnd();
      }
      case CatalogGameCreated created -> writeCatalogGame(json, created.game());
      case CatalogGameUpdated updated -> writeCatalogGame(json, updated.game());
      case CatalogGameDeleted deleted -> writeCatalogGame(json, deleted.game());
    }
  }

  /** A poll's candidate: {@code {"choice": 1, "game": {"id", "title", "pack_name"}}}. */
  private static void writePollOption(JsonGenerator json, PollOption option) {
    json.writeStartObject()
        .write("choice", option.choice())
        .writeStartObject("game")
        .write("id", option.gameId())
        .write("title", option.title())
        .write("pack_name", option.packName())
        .writeEnd()
        .writeEnd();
  }

  private static void writeCounts(JsonGenerator json, List<Integer> counts) {
    json.writeStartArray("counts");
    counts.forEach(json::write);
    json.writeEnd();
  }

  private static void writeCatalogGame(JsonGenerator json, CatalogGame game) {
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
