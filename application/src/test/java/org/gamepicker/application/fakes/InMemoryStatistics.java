package org.gamepicker.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import org.gamepicker.application.port.out.Statistics;
import org.gamepicker.application.service.vote.InMemoryVotes;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGameStatus;

/** In-memory fake of the statistics: computed over the other fakes, as the database does. */
public class InMemoryStatistics implements Statistics {
  private final InMemoryGameRepository games;
  private final InMemoryPackRepository packs;
  private final InMemorySessionRepository sessions;
  private final InMemoryVotes votes;

  public InMemoryStatistics(
      InMemoryGameRepository games,
      InMemoryPackRepository packs,
      InMemorySessionRepository sessions,
      InMemoryVotes votes) {
    this.games = games;
    this.packs = packs;
    this.sessions = sessions;
    this.votes = votes;
  }

  @Override
  public Counts counts() {
    List<Game> catalog = games.findAll();
    List<Session> nights = sessions.findAllNewestFirst();
    return new Counts(
        catalog.size(),
        catalog.stream().filter(Game::enabled).count(),
        packs.findAll().size(),
        nights.size(),
        nights.stream().mapToLong(Session::gamesPlayed).sum(),
        votes.all().size());
  }

  @Override
  public List<Long> mostPlayedGameIds(int limit) {
    return top(
        Comparator.comparingInt(Game::playCount).reversed(), limit, game -> game.playCount() > 0);
  }

  @Override
  public List<Long> bestRatedGameIds(int limit) {
    return top(
        Comparator.comparingInt(Game::popularityScore)
            .reversed()
            .thenComparing(Comparator.comparingInt(Game::upvotes).reversed()),
        limit,
        game -> game.upvotes() + game.downvotes() > 0);
  }

  @Override
  public List<Long> mostDislikedGameIds(int limit) {
    return top(
        Comparator.comparingInt(Game::downvotes)
            .reversed()
            .thenComparing(Comparator.comparingInt(Game::popularityScore)),
        limit,
        game -> game.downvotes() > 0);
  }

  @Override
  public List<LastPlayed> leastRecentlyPlayed(int limit) {
    Map<Long, Instant> lastPlayed = new HashMap<>();
    sessions.findAllNewestFirst().stream()
        .flatMap(session -> session.games().stream())
        .filter(play -> play.status() != SessionGameStatus.SKIPPED)
        .forEach(play -> lastPlayed.merge(play.gameId(), play.playedAt(), maxInstant()));
    return games.findAll().stream()
        .filter(Game::enabled)
        .sorted(
            Comparator.comparing(
                    (Game game) -> lastPlayed.get(game.id()),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Game::title)
                .thenComparing(Game::id))
        .limit(limit)
        .map(game -> new LastPlayed(game.id(), Optional.ofNullable(lastPlayed.get(game.id()))))
        .toList();
  }

  private static BinaryOperator<Instant> maxInstant() {
    return (a, b) -> a.isAfter(b) ? a : b;
  }

  /** The ids of the games that qualify, in this order, then by title and id. */
  private List<Long> top(Comparator<Game> order, int limit, Predicate<Game> qualifies) {
    return games.findAll().stream()
        .filter(qualifies)
        .sorted(order.thenComparing(Game::title).thenComparing(Game::id))
        .limit(limit)
        .map(Game::id)
        .toList();
  }
}
