package org.gamepicker.application.port.in.stats;

import java.util.List;
import org.gamepicker.application.port.out.Statistics.Counts;
import org.gamepicker.domain.game.Game;

/** Use case: the figures of the stats page. */
public interface StatsUseCase {

  /** How many of each thing exist, and the top games. */
  StatsView stats();

  /** The counts with the (up to 5) most played and best rated games. */
  record StatsView(Counts counts, List<Game> mostPlayed, List<Game> bestRated) {}
}
