package org.gamepicker.application.service.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
import org.gamepicker.domain.common.InvalidValueException;
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
    WeightedPool pool = weightedPool(command);
    return new PickResult(
        PickWeights.draw(pool.games(), random::nextDouble),
        pool.games().size(),
        pool.totalEnabled());
  }

  /**
   * Draws {@code count} different games matching the filters, one after another with the picker's
   * weights (each draw among the games not drawn yet), in the order drawn; an InvalidValueException
   * naming {@code field} when fewer games match.
   */
  public List<PickWeights.Weighted<Game>> drawDifferent(
      PickGameCommand command, int count, String field) {
    List<PickWeights.Weighted<Game>> left = new ArrayList<>(weightedPool(command).games());
    if (left.size() < count) {
      throw new InvalidValueException(
          field,
          "only " + left.size() + " game(s) match the filters; " + count + " were asked for");
    }
    List<PickWeights.Weighted<Game>> drawn = new ArrayList<>();
    while (drawn.size() < count) {
      Game game = PickWeights.draw(left, random::nextDouble);
      int index = 0;
      while (left.get(index).item() != game) {
        index++;
      }
      drawn.add(left.remove(index));
    }
    return drawn;
  }

  /** The weight the picker gives a stored game (its pack's favour included). */
  public PickWeights.Weighted<Game> weighted(Game game) {
    Map<String, Pack> packsByName = GameCatalogService.packsByName(packs);
    return new PickWeights.Weighted<>(
        game, PickWeights.weightOf(game, packsByName.get(game.packName())));
  }

  /** The games matching the filters with their weights, and how many are enabled in all. */
  private record WeightedPool(List<PickWeights.Weighted<Game>> games, int totalEnabled) {}

  private WeightedPool weightedPool(PickGameCommand command) {
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
    return new WeightedPool(candidates, totalEnabled);
  }

  private Set<Long> playedIn(long sessionId) {
    return playedGames
        .gameIdsPlayedInSession(sessionId)
        .orElseThrow(() -> new NotFoundException("Session " + sessionId + " not found"));
  }
}
