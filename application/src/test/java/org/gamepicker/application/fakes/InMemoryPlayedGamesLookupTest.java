package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.PlayedGamesLookup;
import org.gamepicker.application.port.out.PlayedGamesLookupContract;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.StoredCatalog;

/** The played-games lookup's contract, on the in-memory fake. */
class InMemoryPlayedGamesLookupTest extends PlayedGamesLookupContract {

  private final InMemorySessionRepository sessions = new InMemorySessionRepository();

  @Override
  protected PlayedGamesLookup lookup() {
    return new InMemoryPlayedGamesLookup(sessions);
  }

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected StoredCatalog catalog() {
    return new StoredCatalog(new InMemoryPackRepository(), new InMemoryGameRepository());
  }
}
