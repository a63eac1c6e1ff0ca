package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.SessionRepositoryContract;
import org.gamepicker.application.port.out.StoredCatalog;

/** The session repository's contract, on the in-memory fake. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

  @Override
  protected SessionRepository sessions() {
    return new InMemorySessionRepository();
  }

  @Override
  protected StoredCatalog catalog() {
    return new StoredCatalog(new InMemoryPackRepository(), new InMemoryGameRepository());
  }
}
