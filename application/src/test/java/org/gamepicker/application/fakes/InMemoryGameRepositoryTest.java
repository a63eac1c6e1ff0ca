package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.GameRepositoryContract;
import org.gamepicker.application.port.out.PackRepository;

/** The game repository's contract, on the in-memory fake. */
class InMemoryGameRepositoryTest extends GameRepositoryContract {

  @Override
  protected GameRepository games() {
    return new InMemoryGameRepository();
  }

  @Override
  protected PackRepository packs() {
    return new InMemoryPackRepository();
  }
}
