package org.gamepicker.application.port.out;

import java.util.List;

/** Port: aggregate figures over the catalog, sessions and votes, computed by the database. */
public interface Statistics {

  /** The counts, each one aggregate query. */
  Counts counts();

  /** Ids of the most played games (play_count above 0), most played first. */
  List<Long> mostPlayedGameIds(int limit);

  /** Ids of the best rated games (with at least one vote), highest popularity score first. */
  List<Long> bestRatedGameIds(int limit);

  /** How many games, enabled games, packs, sessions, plays (not skipped) and votes exist. */
  record Counts(
      long games, long enabledGames, long packs, long sessions, long gamesPlayed, long votes) {}
}
