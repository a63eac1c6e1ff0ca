package org.gamepicker.application.service.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gamepicker.application.port.in.game.PickGameCommand;
import org.gamepicker.application.port.in.game.PickGameUseCase;
import org.gamepicker.application.port.in.game.PickResult;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.PlayedGamesLookup;
import org.gamepicker.application.port.out.RandomSource;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameCriteria;
import org.gamepicker.domain.game.Pack;
import org.gamepicker.domain.game.PickWeights;

/**
 * Service: the picker. Starts from the enabled games of enabled packs, applies the filters in order
 * (packs, player count, drawing, length, family friendly, game type, excluded ids, games played in
 * the session) and draws one game weighted by {@link PickWeights}.
 */
@ApplicationScoped
public class PickGameService implements PickGameUseCase {

  private GameRepository games;
  private PackRepository packs;
  private PlayedGamesLookup playedGames;
  private RandomSource random;

  protected PickGameService() {}

  @Inject
  public PickGameService(
      GameRepository games,
      PackRepository packs,
      PlayedGamesLookup playedGames,
      RandomSource random) {
    this.games = games;
    this.packs = packs;
    this.playedGames = playedGames;
    this.random = random;
  }

  @Override
  public PickResult pick(PickGameCommand command) {
    GameCriteria criteria = command.criteria();
    if (command.sessionId() != null) {
      Set<Long> played = playedIn(command.sessionId());
      if (command.excludePlayed()) {
        criteria.excluding("exclude_played (session " + command.sessionId() + ")", played);
      }
    }
    Map<String, Pack> packsByName = GameCatalogService.packsByName(packs);
    List<Game> pool =
        games.findAll().stream()
            .filter(g -> g.enabled() && packsByName.get(g.packName()).enabled())
            .toList();
    int totalEnabled = pool.size();
    if (pool.isEmpty()) {
      throw new NotFoundException("No game can be picked: no enabled game in an enabled pack");
    }
    for (GameCriteria.Criterion criterion : criteria.criteria()) {
      List<Game> narrowed = pool.stream().filter(criterion.test()).toList();
      if (narrowed.isEmpty()) {
        throw new NotFoundException(
            "No enabled game matches the filters: the pool became empty at "
                + criterion.name()
                + " ("
                + pool.size()
                + " game(s) matched the filters before it)");
      }
      pool = narrowed;
    }
    List<PickWeights.Weighted<Game>> candidates =
        pool.stream()
            .map(
                g ->
                    new PickWeights.Weighted<>(
                        g, PickWeights.weightOf(g, packsByName.get(g.packName()))))
            .toList();
    return new PickResult(
        PickWeights.draw(candidates, random::nextDouble), pool.size(), totalEnabled);
  }

  private Set<Long> playedIn(long sessionId) {
    return playedGames
        .gameIdsPlayedInSession(sessionId)
        .orElseThrow(() -> new NotFoundException("Session " + sessionId + " not found"));
  }
}
