package org.gamepicker.application.service.session;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.fakes.InMemoryGameRepository;
import org.gamepicker.application.fakes.RecordingEventPublisher;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.service.vote.InMemoryVotes;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.vote.Tally;

/** In-memory fakes of the ports the session services use, wired to the real services. */
class SessionFakes {

  Instant now = Instant.parse("2025-11-01T20:00:00.123456Z");
  final Sessions sessions = new Sessions();
  final InMemoryGameRepository games = new InMemoryGameRepository();
  final RecordingEventPublisher published = new RecordingEventPublisher();
  final InMemoryVotes votes = new InMemoryVotes();
  final SessionViews views = new SessionViews(games, votes);
  final SessionWrites writes =
      new SessionWrites(sessions, () -> now, new SessionEventResolver(published, views));
  final VoteDiscarding discarding = new VoteDiscarding(votes, games);
  final SessionService lifecycle = new SessionService(sessions, discarding, writes, views);
  final SessionGamesService sessionGames =
      new SessionGamesService(games, discarding, writes, views);
  final SessionQueryService query = new SessionQueryService(sessions, views);

  Game game(String title, int min, int max) {
    return games.save(
        Game.create(
            new GameDetails("Party Pack 7", title, min, max, 15, true, true, "Trivia", false),
            now));
  }

  /** Fake session repository: assigns ids and, like the database, allows one active session. */
  static class Sessions implements SessionRepository {
    private final Map<Long, Tally> playCounts = new HashMap<>();

    @Override
    public Tally addVotes(long sessionGameId, Tally change) {
      return playCounts.merge(sessionGameId, change, Tally::plus);
    }

    private final Map<Long, Session> byId = new TreeMap<>();
    private long nextId = 1;
    private long nextGameId = 100;

    @Override
    public Optional<Session> findById(long id) {
      return Optional.ofNullable(byId.get(id)).map(Sessions::copy);
    }

    @Override
    public Optional<Session> findActive() {
      return byId.values().stream().filter(Session::active).findFirst().map(Sessions::copy);
    }

    @Override
    public List<Session> findAllNewestFirst() {
      return byId.values().stream()
          .sorted(Comparator.comparing(Session::createdAt).thenComparing(Session::id).reversed())
          .map(Sessions::copy)
          .toList();
    }

    @Override
    public Session save(Session session) {
      long id = session.id() == null ? nextId++ : session.id();
      if (session.active() && byId.values().stream().anyMatch(s -> s.active() && s.id() != id)) {
        throw new ConflictException("Another session is already active");
      }
      List<SessionGame> games =
          session.games().stream()
              .map(
                  g ->
                      SessionGame.restore(
                          g.id() == null ? nextGameId++ : g.id(),
                          g.gameId(),
                          g.position(),
                          g.status(),
                          g.playedAt(),
                          g.manuallyAdded(),
                          g.roomCode(),
                          g.playerCount()))
              .toList();
      Session stored =
          Session.restore(
              id,
              session.notes(),
              session.active(),
              session.createdAt(),
              session.closedAt(),
              games);
      byId.put(id, stored);
      return copy(stored);
    }

    @Override
    public void delete(long id) {
      byId.remove(id);
    }

    /** Hands out separate instances, as a database would. */
    private static Session copy(Session s) {
      return Session.restore(s.id(), s.notes(), s.active(), s.createdAt(), s.closedAt(), s.games());
    }
  }
}
