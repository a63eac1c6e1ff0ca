package org.gamepicker.application.service.vote;

import org.gamepicker.application.fakes.InMemoryGameRepository;
import org.gamepicker.application.fakes.InMemoryPackRepository;
import org.gamepicker.application.fakes.InMemorySessionRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.StoredCatalog;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.application.port.out.VoteRepositoryContract;

/** The vote repository's contract, on the in-memory fake. */
class InMemoryVotesTest extends VoteRepositoryContract {

  @Override
  protected VoteRepository votes() {
    return new InMemoryVotes();
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
