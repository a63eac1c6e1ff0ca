package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.PollRepository;
import org.gamepicker.application.port.out.PollRepositoryContract;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.StoredCatalog;

/** The poll repository's contract, on the in-memory fake. */
class InMemoryPollRepositoryTest extends PollRepositoryContract {

  @Override
  protected PollRepository polls() {
    return new InMemoryPollRepository();
  }

  @Override
  protected SessionRepository sessions() {
    return new InMemorySessionRepository();
  }

  @Override
  protected StoredCatalog catalog() {
    return new StoredCatalog(new InMemoryPackRepository(), new InMemoryGameRepository());
  }
}
