package org.gamepicker.application.service.session;

import java.time.Instant;
import org.gamepicker.application.fakes.InMemoryGameRepository;
import org.gamepicker.application.fakes.InMemorySessionRepository;
import org.gamepicker.application.fakes.RecordingEventPublisher;
import org.gamepicker.application.service.vote.InMemoryVotes;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;

/** In-memory fakes of the ports the session services use, wired to the real services. */
class SessionFakes {

  Instant now = Instant.parse("2025-11-01T20:00:00.123456Z");
  final InMemorySessionRepository sessions = new InMemorySessionRepository();
  final InMemoryGameRepository games = new InMemoryGameRepository();
  final RecordingEventPublisher published = new RecordingEventPublisher();
  final InMemoryVotes votes = new InMemoryVotes();
  final SessionViews views = new SessionViews(games, votes);
  final SessionWrites writes = new SessionWrites(sessions, () -> now, published);
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
}
