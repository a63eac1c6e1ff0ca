package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.SessionRepositoryContract;

/** The session repository's contract, on the in-memory fake. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

  @Override
  protected SessionRepository sessions() {
    return new InMemorySessionRepository();
  }

  @Override
  protected GameRepository games() {
    return new InMemoryGameRepository();
  }

  @Override
  protected PackRepository packs() {
    return new InMemoryPackRepository();
  }
}
