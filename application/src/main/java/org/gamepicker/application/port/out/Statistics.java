package org.gamepicker.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: aggregate figures over the catalog, sessions and votes, computed by the database. */
public interface Statistics {

  /** The counts, each one aggregate query. */
  Counts counts();

  /** Ids of the most played games (play_count above 0), most played first. */
  List<Long> mostPlayedGameIds(int limit);

  /** Ids of the best rated games (with at least one vote), highest popularity score first. */
  List<Long> bestRatedGameIds(int limit);

  /** Ids of the most disliked games (at least one down vote), most down votes first. */
  List<Long> mostDislikedGameIds(int limit);

  /**
   * The enabled games played longest ago, never played ones first, each with when it was last
   * played (skipped plays do not count).
   */
  List<LastPlayed> leastRecentlyPlayed(int limit);

  /** When a game was last played; empty if never. */
  record LastPlayed(long gameId, Optional<Instant> at) {}

  /** How many games, enabled games, packs, sessions, plays (not skipped) and votes exist. */
  record Counts(
      long games, long enabledGames, long packs, long sessions, long gamesPlayed, long votes) {}
}
