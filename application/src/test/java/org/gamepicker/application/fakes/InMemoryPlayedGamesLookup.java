package org.gamepicker.application.fakes;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamepicker.application.port.out.PlayedGamesLookup;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.session.SessionGameStatus;

/** In-memory fake of the played-games lookup: reads the sessions of a session repository. */
public class InMemoryPlayedGamesLookup implements PlayedGamesLookup {
  private final SessionRepository sessions;

  public InMemoryPlayedGamesLookup(SessionRepository sessions) {
    this.sessions = sessions;
  }

  @Override
  public Optional<Set<Long>> gameIdsPlayedInSession(long sessionId) {
    return sessions
        .findById(sessionId)
        .map(
            session ->
                session.games().stream()
                    .filter(game -> game.status() != SessionGameStatus.SKIPPED)
                    .map(SessionGame::gameId)
                    .collect(Collectors.toSet()));
  }
}
