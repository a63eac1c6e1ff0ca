package org.gamepicker.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.vote.Tally;

/** In-memory fake of the game repository, shared by the use-case tests. */
public class InMemoryGameRepository implements GameRepository {
  private final Map<Long, Game> byId = new TreeMap<>();
  private long nextId = 1;

  @Override
  public Optional<Game> findById(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Game save(Game game) {
    Game stored =
        game.id() != null
            ? game
            : Game.restore(
                nextId++,
                game.details(),
                game.enabled(),
                game.favorBias(),
                game.playCount(),
                game.upvotes(),
                game.downvotes(),
                game.createdAt());
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
    Game game = findById(gameId).orElseThrow().adjustVotes(change.upvotes(), change.downvotes());
    byId.put(gameId, game);
    return new VotedGame(gameId, game.title(), new Tally(game.upvotes(), game.downvotes()));
  }
}
