package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.PackRepositoryContract;

/** The pack repository's contract, on the in-memory fake. */
class InMemoryPackRepositoryTest extends PackRepositoryContract {

  @Override
  protected PackRepository packs() {
    return new InMemoryPackRepository();
  }
}
