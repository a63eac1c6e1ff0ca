package org.gamepicker.adapter.rest.session;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.domain.common.WireTime;

/** The JSON shapes of sessions and their games on the REST API (snake_case, contract fields). */
public final class SessionJson {

  private SessionJson() {}

  /** A session without its games. */
  @JsonbNillable
  @JsonbPropertyOrder({"id", "notes", "is_active", "created_at", "closed_at", "games_played"})
  @Schema(name = "Session", description = "A game-night session")
  public record SessionSummary(
      long id,
      @Schema(nullable = true, example = "Friday Game Night") String notes,
      @Schema(
              description = "1 while active, 0 once closed",
              enumeration = {"0", "1"})
          int is_active,
      @Schema(example = "2025-11-01T20:00:00.123Z") String created_at,
      @Schema(nullable = true, example = "2025-11-02T01:30:00.000Z") String closed_at,
      @Schema(description = "Games played or playing (skipped ones do not count)")
          int games_played) {}

  /** A session with its games in play order. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "notes",
    "is_active",
    "created_at",
    "closed_at",
    "games_played",
    "games"
  })
  @Schema(name = "SessionWithGames", description = "A session with its games in play order")
  public record SessionDetails(
      long id,
      @Schema(nullable = true) String notes,
      @Schema(enumeration = {"0", "1"}) int is_active,
      String created_at,
      @Schema(nullable = true) String closed_at,
      int games_played,
      List<SessionGameJson> games) {}

  /** One game of a session. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "session_id",
    "game_id",
    "title",
    "pack_name",
    "status",
    "played_at",
    "manually_added",
    "room_code",
    "player_count",
    "upvotes",
    "downvotes"
  })
  @Schema(name = "SessionGame", description = "One play of a catalog game in a session")
  public record SessionGameJson(
      long id,
      long session_id,
      long game_id,
      String title,
      String pack_name,
      @Schema(enumeration = {"playing", "played", "skipped"}) String status,
      @Schema(description = "When the game was added (started)") String played_at,
      boolean manually_added,
      @Schema(nullable = true, example = "ABCD") String room_code,
      @Schema(nullable = true) Integer player_count,
      int upvotes,
      int downvotes) {}

  static SessionSummary summary(SessionView view) {
    return new SessionSummary(
        view.id(),
        view.notes(),
        view.active() ? 1 : 0,
        WireTime.format(view.createdAt()),
        WireTime.format(view.closedAt()),
        view.gamesPlayed());
  }

  static SessionDetails details(SessionView view) {
    return new SessionDetails(
        view.id(),
        view.notes(),
        view.active() ? 1 : 0,
        WireTime.format(view.createdAt()),
        WireTime.format(view.closedAt()),
        view.gamesPlayed(),
        view.games().stream().map(SessionJson::game).toList());
  }

  static SessionGameJson game(SessionGameView view) {
    return new SessionGameJson(
        view.id(),
        view.sessionId(),
        view.gameId(),
        view.title(),
        view.packName(),
        view.status(),
        WireTime.format(view.playedAt()),
        view.manuallyAdded(),
        view.roomCode(),
        view.playerCount(),
        view.upvotes(),
        view.downvotes());
  }
}
