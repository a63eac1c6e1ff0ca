package org.gamepicker.application.service.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.in.stats.StatsUseCase;
import org.gamepicker.application.port.in.stats.StatsUseCase.NotLatelyPlayed;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.Statistics;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.game.Game;

/** Reads the stats: counts from aggregate queries, then only the top games themselves. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class StatsService implements StatsUseCase {

  /** How many games each top list holds. */
  static final int TOP = 5;

  private Statistics statistics;
  private GameRepository games;

  protected StatsService() {}

  @Inject
  public StatsService(Statistics statistics, GameRepository games) {
    this.statistics = statistics;
    this.games = games;
  }

  @Override
  public StatsView stats() {
    return new StatsView(
        statistics.counts(),
        load(statistics.mostPlayedGameIds(TOP)),
        load(statistics.bestRatedGameIds(TOP)),
        load(statistics.mostDislikedGameIds(TOP)),
        statistics.leastRecentlyPlayed(TOP).stream()
            .flatMap(
                last ->
                    games.findById(last.gameId()).stream()
                        .map(game -> new NotLatelyPlayed(game, last.at())))
            .toList());
  }

  private List<Game> load(List<Long> ids) {
    return ids.stream().map(games::findById).flatMap(Optional::stream).toList();
  }
}
