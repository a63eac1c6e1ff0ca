package org.gamepicker.application.fakes;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.vote.Tally;

/**
 * In-memory fake of the game repository, shared by the use-case tests; like the database, keeps
 * creation times to the millisecond and vote totals only as {@link #addVotes} moves them.
 */
public class InMemoryGameRepository implements GameRepository {
  private final Map<Long, Game> byId = new TreeMap<>();
  private long nextId = 1;

  @Override
  public Optional<Game> findById(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Game save(Game game) {
    Tally totals = Tally.NONE;
    if (game.id() != null) {
      Game current = findById(game.id()).orElseThrow(() -> gone(game.id()));
      totals = new Tally(current.upvotes(), current.downvotes());
    }
    Game stored =
        Game.restore(
            game.id() != null ? game.id() : nextId++,
            game.details(),
            game.enabled(),
            game.favorBias(),
            game.playCount(),
            totals.upvotes(),
            totals.downvotes(),
            game.createdAt().truncatedTo(ChronoUnit.MILLIS));
    byId.put(stored.id(), stored);
    return stored;
  }

  @Override
  public List<Game> findAll() {
    return new ArrayList<>(byId.values());
  }

  @Override
  public Optional<Game> findByPackAndTitle(String packName, String title) {
    return byId.values().stream()
        .filter(g -> g.packName().equals(packName) && g.title().equals(title))
        .findFirst();
  }

  @Override
  public void delete(long id) {
    byId.remove(id);
  }

  @Override
  public VotedGame addVotes(long gameId, Tally change) {
    Game game =
        findById(gameId)
            .orElseThrow(() -> gone(gameId))
            .adjustVotes(change.upvotes(), change.downvotes());
    byId.put(gameId, game);
    return new VotedGame(gameId, game.title(), new Tally(game.upvotes(), game.downvotes()));
  }

  private static NotFoundException gone(long id) {
    return new NotFoundException("Game " + id + " not found");
  }
}
