package org.gamepicker.application.port.in.stats;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.Statistics.Counts;
import org.gamepicker.domain.game.Game;

/** Use case: the figures of the stats page. */
public interface StatsUseCase {

  /** How many of each thing exist, and the top games. */
  StatsView stats();

  /**
   * The counts with the (up to 5) most played, best rated, most disliked and least recently played
   * games.
   */
  record StatsView(
      Counts counts,
      List<Game> mostPlayed,
      List<Game> bestRated,
      List<Game> mostDisliked,
      List<NotLatelyPlayed> notLatelyPlayed) {}

  /** An enabled game and when it was last played (empty: never). */
  record NotLatelyPlayed(Game game, Optional<Instant> lastPlayedAt) {}
}
