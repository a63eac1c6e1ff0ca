package org.gamepicker.adapter.persistence.vote;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.adapter.persistence.game.JpaCatalog;
import org.gamepicker.adapter.persistence.session.JpaSessions;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.StoredCatalog;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.application.port.out.VoteRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The vote repository's contract, on JPA and the contract tests' database. */
class JpaVoteRepositoryTest extends VoteRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected VoteRepository votes() {
    return JpaVotes.on(DATABASE);
  }

  @Override
  protected SessionRepository sessions() {
    return JpaSessions.on(DATABASE);
  }

  @Override
  protected StoredCatalog catalog() {
    return new JpaCatalog(DATABASE).stored();
  }
}
