package org.gamepicker.adapter.persistence.stats;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.adapter.persistence.game.JpaCatalog;
import org.gamepicker.adapter.persistence.session.JpaSessions;
import org.gamepicker.adapter.persistence.vote.JpaVotes;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.Statistics;
import org.gamepicker.application.port.out.StatisticsContract;
import org.gamepicker.application.port.out.StoredCatalog;
import org.gamepicker.application.port.out.VoteRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The statistics' contract, on JPA and the contract tests' database. */
class JpaStatisticsTest extends StatisticsContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  private final JpaCatalog catalog = new JpaCatalog(DATABASE);

  @Override
  protected Statistics statistics() {
    JpaStatistics statistics = new JpaStatistics();
    statistics.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(Statistics.class, statistics);
  }

  @Override
  protected GameRepository games() {
    return catalog.games();
  }

  @Override
  protected StoredCatalog catalog() {
    return catalog.stored();
  }

  @Override
  protected SessionRepository sessions() {
    return JpaSessions.on(DATABASE);
  }

  @Override
  protected VoteRepository votes() {
    return JpaVotes.on(DATABASE);
  }
}
