package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.Statistics;
import org.gamepicker.application.port.out.StatisticsContract;
import org.gamepicker.application.port.out.StoredCatalog;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.application.service.vote.InMemoryVotes;

/** The statistics' contract, on the in-memory fake over the other fakes. */
class InMemoryStatisticsTest extends StatisticsContract {

  private final InMemoryGameRepository games = new InMemoryGameRepository();
  private final InMemoryPackRepository packs = new InMemoryPackRepository();
  private final InMemorySessionRepository sessions = new InMemorySessionRepository();
  private final InMemoryVotes votes = new InMemoryVotes();

  @Override
  protected Statistics statistics() {
    return new InMemoryStatistics(games, packs, sessions, votes);
  }

  @Override
  protected GameRepository games() {
    return games;
  }

  @Override
  protected StoredCatalog catalog() {
    return new StoredCatalog(packs, games);
  }

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected VoteRepository votes() {
    return votes;
  }
}
